#include "DocumentLayout.h"

namespace ocopos::printing {

std::vector<const TextOp*> PageLayout::texts() const
{
    std::vector<const TextOp*> out;
    for (const auto& op : ops)
        if (const auto* t = std::get_if<TextOp>(&op))
            out.push_back(t);
    return out;
}

} // namespace ocopos::printing
