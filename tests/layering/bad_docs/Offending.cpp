// A docs source that reaches past services into db: the include rule must refuse it.
#include "core/Money.h"
#include "db/Database.h"
