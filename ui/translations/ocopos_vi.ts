<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>ocopos::ui::CartModel</name>
        <message>
            <source>%1/kg</source>
            <translation>%1/kg</translation>
        </message>
        <message>
            <source>%1 · %2 · code %3</source>
            <translation>%1 · %2 · mã %3</translation>
        </message>
        <message>
            <source>Weighed: the scale label fixes the quantity</source>
            <translation>Hàng cân: tem cân đã ghi khối lượng</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Sản phẩm</translation>
        </message>
        <message>
            <source>Producer</source>
            <translation>Nhà sản xuất</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>SL</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Đơn giá</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Giảm giá</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Thành tiền</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::CashCountModel</name>
        <message>
            <source>Note</source>
            <translation>Mệnh giá</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Số tờ</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Thành tiền</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::CashierScreen</name>
        <message>
            <source>Scan a barcode, or type a name or code (accents optional), then Enter</source>
            <translation>Quét mã vạch, hoặc gõ tên hay mã hàng (không cần dấu) rồi nhấn Enter</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Số dòng</translation>
        </message>
        <message>
            <source>Before discounts</source>
            <translation>Trước giảm giá</translation>
        </message>
        <message>
            <source>VAT included</source>
            <translation>Trong đó thuế GTGT</translation>
        </message>
        <message>
            <source>TOTAL</source>
            <translation>TỔNG CỘNG</translation>
        </message>
        <message>
            <source>F2 Quantity</source>
            <translation>F2 Số lượng</translation>
        </message>
        <message>
            <source>F3 Line discount</source>
            <translation>F3 Giảm giá dòng</translation>
        </message>
        <message>
            <source>F4 Sale discount</source>
            <translation>F4 Giảm giá đơn</translation>
        </message>
        <message>
            <source>Del Remove line</source>
            <translation>Del Xoá dòng</translation>
        </message>
        <message>
            <source>F6 Park</source>
            <translation>F6 Tạm giữ đơn</translation>
        </message>
        <message>
            <source>F7 Resume</source>
            <translation>F7 Gọi lại đơn</translation>
        </message>
        <message>
            <source>F8 Cancel sale</source>
            <translation>F8 Huỷ đơn</translation>
        </message>
        <message>
            <source>F12 Pay</source>
            <translation>F12 Thanh toán</translation>
        </message>
        <message>
            <source>Ready: scan the first item.</source>
            <translation>Sẵn sàng: quét món hàng đầu tiên.</translation>
        </message>
        <message>
            <source>shift opened %1 by %2</source>
            <translation>ca mở lúc %1 bởi %2</translation>
        </message>
        <message>
            <source>no shift open</source>
            <translation>chưa mở ca</translation>
        </message>
        <message>
            <source>Cashier: %1 · Till %2 · %3 · next receipt %4</source>
            <translation>Thu ngân: %1 · Quầy %2 · %3 · hoá đơn tiếp theo %4</translation>
        </message>
        <message>
            <source>%1: %2 in the cart, %3 sellable on the shelf</source>
            <translation>%1: %2 trong giỏ, trên kệ chỉ còn %3 bán được</translation>
        </message>
        <message>
            <source>Not enough stock — a manager must approve at payment: %1</source>
            <translation>Không đủ hàng — khi thanh toán cần quản lý duyệt: %1</translation>
        </message>
        <message>
            <source>Added: %1</source>
            <translation>Đã thêm: %1</translation>
        </message>
        <message>
            <source>The code %1 did not read correctly (wrong check digit): scan it again.</source>
            <translation>Mã %1 đọc sai (sai số kiểm tra): hãy quét lại.</translation>
        </message>
        <message>
            <source>Code %1: %2</source>
            <translation>Mã %1: %2</translation>
        </message>
        <message>
            <source>No product has the code %1. Search by name instead, or set the product aside for the manager.</source>
            <translation>Không có sản phẩm nào mang mã %1. Hãy tìm theo tên, hoặc để riêng sản phẩm này cho quản lý.</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Khối lượng</translation>
        </message>
        <message>
            <source>Weight of %1 in kg</source>
            <translation>Khối lượng %1 (kg)</translation>
        </message>
        <message>
            <source>For example 0,35 for 350 g.</source>
            <translation>Ví dụ 0,35 cho 350 g.</translation>
        </message>
        <message>
            <source>The cart is empty.</source>
            <translation>Giỏ hàng đang trống.</translation>
        </message>
        <message>
            <source>%1 was weighed: its label fixes the quantity. Remove the line and weigh again.</source>
            <translation>%1 là hàng cân: tem cân đã ghi khối lượng. Hãy xoá dòng và cân lại.</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Số lượng</translation>
        </message>
        <message>
            <source>Quantity of %1</source>
            <translation>Số lượng %1</translation>
        </message>
        <message>
            <source>Quantity changed.</source>
            <translation>Đã đổi số lượng.</translation>
        </message>
        <message>
            <source>Line discount</source>
            <translation>Giảm giá dòng</translation>
        </message>
        <message>
            <source>Discount on %1</source>
            <translation>Giảm giá cho %1</translation>
        </message>
        <message>
            <source>A percent (10%) or an amount (5000 or 5k). Empty or 0 removes it. Over %1 % needs a manager.</source>
            <translation>Nhập phần trăm (10%) hoặc số tiền (5000 hay 5k). Để trống hoặc 0 để bỏ. Trên %1 % cần quản lý duyệt.</translation>
        </message>
        <message>
            <source>Discount applied.</source>
            <translation>Đã áp dụng giảm giá.</translation>
        </message>
        <message>
            <source>Discount not approved: it was taken back.</source>
            <translation>Giảm giá không được duyệt nên đã bỏ.</translation>
        </message>
        <message>
            <source>Sale discount</source>
            <translation>Giảm giá đơn hàng</translation>
        </message>
        <message>
            <source>Discount on the whole sale</source>
            <translation>Giảm giá cho cả đơn hàng</translation>
        </message>
        <message>
            <source>A percent (10%) or an amount (5000 or 5k), shared over the lines. Empty or 0 removes it.</source>
            <translation>Nhập phần trăm (10%) hoặc số tiền (5000 hay 5k), phân bổ cho các dòng. Để trống hoặc 0 để bỏ.</translation>
        </message>
        <message>
            <source>Removed: %1</source>
            <translation>Đã xoá: %1</translation>
        </message>
        <message>
            <source>The cart is empty: nothing to park.</source>
            <translation>Giỏ hàng trống: không có gì để tạm giữ.</translation>
        </message>
        <message>
            <source>Park the sale</source>
            <translation>Tạm giữ đơn hàng</translation>
        </message>
        <message>
            <source>A note to find this sale again (optional)</source>
            <translation>Ghi chú để tìm lại đơn này (không bắt buộc)</translation>
        </message>
        <message>
            <source>For example: customer in the blue shirt.</source>
            <translation>Ví dụ: khách áo xanh.</translation>
        </message>
        <message>
            <source>Sale parked: F7 resumes it.</source>
            <translation>Đã tạm giữ đơn: nhấn F7 để gọi lại.</translation>
        </message>
        <message>
            <source>Finish or park the sale in progress first.</source>
            <translation>Hãy hoàn tất hoặc tạm giữ đơn đang bán trước.</translation>
        </message>
        <message>
            <source>Parked sale resumed.</source>
            <translation>Đã gọi lại đơn tạm giữ.</translation>
        </message>
        <message>
            <source>Cancel the sale</source>
            <translation>Huỷ đơn hàng</translation>
        </message>
        <message>
            <source>Remove every line of this sale?</source>
            <translation>Xoá mọi dòng của đơn hàng này?</translation>
        </message>
        <message>
            <source>Remove all</source>
            <translation>Xoá hết</translation>
        </message>
        <message>
            <source>Keep the sale</source>
            <translation>Giữ đơn hàng</translation>
        </message>
        <message>
            <source>Sale cancelled.</source>
            <translation>Đã huỷ đơn hàng.</translation>
        </message>
        <message>
            <source>Line %1, %2: discount %3 of %4 (over %5 %)</source>
            <translation>Dòng %1, %2: giảm %3 trên %4 (quá %5 %)</translation>
        </message>
        <message>
            <source>Sale discount %1 of %2 (over %3 %)</source>
            <translation>Giảm giá đơn %1 trên %2 (quá %3 %)</translation>
        </message>
        <message>
            <source>%1: %2 sold, only %3 sellable on the shelf</source>
            <translation>%1: bán %2, trên kệ chỉ còn %3 bán được</translation>
        </message>
        <message>
            <source>(%1 more expired: never sold)</source>
            <translation>(thêm %1 đã hết hạn: không được bán)</translation>
        </message>
        <message>
            <source>The cart is empty: scan an item first.</source>
            <translation>Giỏ hàng trống: hãy quét hàng trước.</translation>
        </message>
        <message>
            <source>No shift is open at this till: open one (Shift screen) before taking payment.</source>
            <translation>Quầy này chưa mở ca: hãy mở ca (màn hình Ca làm việc) trước khi thu tiền.</translation>
        </message>
        <message>
            <source>Not approved: change the cart, or ask a manager.</source>
            <translation>Chưa được duyệt: hãy sửa giỏ hàng hoặc nhờ quản lý.</translation>
        </message>
        <message>
            <source>Receipt %1 paid: %2.</source>
            <translation>Hoá đơn %1 đã thanh toán: %2.</translation>
        </message>
        <message>
            <source>Receipt %1 paid: %2. Change %3.</source>
            <translation>Hoá đơn %1 đã thanh toán: %2. Tiền thừa %3.</translation>
        </message>
        <message>
            <source>Line discounts</source>
            <translation>Giảm giá theo dòng</translation>
        </message>
        <message>
            <source>No shift is open at this till: open one on the Shift screen before selling.</source>
            <translation>Quầy này chưa mở ca: hãy mở ca ở màn hình Ca làm việc trước khi bán.</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ChangePinDialog</name>
        <message>
            <source>Choose a new PIN</source>
            <translation>Chọn mã PIN mới</translation>
        </message>
        <message>
            <source>%1, your PIN is still the initial 000000, which anyone can read in the manual. Choose a new PIN of 4 to 8 digits before you continue.</source>
            <translation>%1, mã PIN của bạn vẫn là 000000 ban đầu, ai cũng đọc được trong hướng dẫn. Hãy chọn mã PIN mới gồm 4 đến 8 chữ số trước khi tiếp tục.</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Mã PIN mới</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Nhập lại mã PIN mới</translation>
        </message>
        <message>
            <source>Change PIN</source>
            <translation>Đổi mã PIN</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <source>A PIN is 4 to 8 digits.</source>
            <translation>Mã PIN gồm 4 đến 8 chữ số.</translation>
        </message>
        <message>
            <source>Choose a PIN other than 000000.</source>
            <translation>Hãy chọn mã PIN khác 000000.</translation>
        </message>
        <message>
            <source>The two PINs are not the same.</source>
            <translation>Hai mã PIN không giống nhau.</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::CustomerDisplay</name>
        <message>
            <source>%1 — customer display</source>
            <translation>%1 — màn hình khách hàng</translation>
        </message>
        <message>
            <source>Welcome!</source>
            <translation>Kính chào quý khách!</translation>
        </message>
        <message>
            <source>Scan to pay by bank transfer</source>
            <translation>Quét mã để chuyển khoản</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Tổng cộng</translation>
        </message>
        <message>
            <source>Thank you! Receipt %1</source>
            <translation>Cảm ơn quý khách! Hoá đơn %1</translation>
        </message>
        <message>
            <source>Thank you! Your change: %1</source>
            <translation>Cảm ơn quý khách! Tiền thừa: %1</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::Format</name>
        <message>
            <source>Administrator</source>
            <translation>Quản trị viên</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Quản lý</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Thu ngân</translation>
        </message>
        <message>
            <source>Cooperative</source>
            <translation>Hợp tác xã</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Tiền mặt</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Thẻ</translation>
        </message>
        <message>
            <source>Bank transfer (VietQR)</source>
            <translation>Chuyển khoản (VietQR)</translation>
        </message>
        <message>
            <source>Not valid: %1</source>
            <translation>Không hợp lệ: %1</translation>
        </message>
        <message>
            <source>Not found: %1</source>
            <translation>Không tìm thấy: %1</translation>
        </message>
        <message numerus="yes">
            <source>Locked after too many wrong PINs: try again in %n minute(s).</source>
            <translation>
                <numerusform>Đã khoá vì nhập sai PIN quá nhiều lần: thử lại sau %n phút.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrong user or PIN.</source>
            <translation>Sai người dùng hoặc mã PIN.</translation>
        </message>
        <message>
            <source>Not allowed: %1</source>
            <translation>Không được phép: %1</translation>
        </message>
        <message>
            <source>Not possible now: %1</source>
            <translation>Chưa thể thực hiện: %1</translation>
        </message>
        <message>
            <source>Database error: %1</source>
            <translation>Lỗi cơ sở dữ liệu: %1</translation>
        </message>
        <message>
            <source>Unexpected error: %1</source>
            <translation>Lỗi không mong đợi: %1</translation>
        </message>
        <message>
            <source>Not allowed: this needs the role %1; %2 is %3.</source>
            <translation>Không được phép: việc này cần vai trò %1; %2 là %3.</translation>
        </message>
        <message>
            <source>%1 is not a manager and cannot authorise this.</source>
            <translation>%1 không phải quản lý nên không thể duyệt việc này.</translation>
        </message>
        <message>
            <source>A manager's override is needed: the discount is over %1 %.</source>
            <translation>Cần quản lý duyệt: chiết khấu vượt quá %1 %.</translation>
        </message>
        <message>
            <source>Not enough stock of %1 (%2): %3 wanted, %4 can be sold.</source>
            <translation>Không đủ hàng %1 (%2): cần %3, chỉ bán được %4.</translation>
        </message>
        <message>
            <source>Not enough stock of %1 (%2): %3 wanted, %4 can be sold; %5 on hand is expired and is never sold.</source>
            <translation>Không đủ hàng %1 (%2): cần %3, chỉ bán được %4; %5 trong kho đã hết hạn và không bao giờ được bán.</translation>
        </message>
        <message>
            <source>Payment short: %1 paid of %2 due.</source>
            <translation>Thanh toán còn thiếu: đã trả %1 trên %2 phải trả.</translation>
        </message>
        <message>
            <source>No shift is open on till %1: open one first.</source>
            <translation>Quầy %1 chưa mở ca: hãy mở ca trước.</translation>
        </message>
        <message>
            <source>A shift is already open on till %1 (opened by %2).</source>
            <translation>Quầy %1 đã có ca đang mở (do %2 mở).</translation>
        </message>
        <message>
            <source>Return exceeds the sale: %1 of %2 asked, only %3 sold and not yet returned.</source>
            <translation>Trả vượt quá đã bán: yêu cầu trả %1 %2, chỉ còn %3 đã bán mà chưa trả.</translation>
        </message>
        <message>
            <source>Period already settled: %1 has a finalized statement for %2 – %3.</source>
            <translation>Kỳ này đã quyết toán: %1 đã có bảng quyết toán chốt cho %2 – %3.</translation>
        </message>
        <message>
            <source>The link to the store's server broke: nothing of this was saved. The sale stays here: try again when the link is back.</source>
            <translation>Mất kết nối tới máy chủ của cửa hàng: chưa có gì được lưu. Đơn hàng vẫn giữ nguyên: hãy thử lại khi có kết nối.</translation>
        </message>
        <message>
            <source>The store's server does not answer: nothing was saved. Try again when the network is back.</source>
            <translation>Máy chủ của cửa hàng không phản hồi: chưa có gì được lưu. Hãy thử lại khi mạng hoạt động trở lại.</translation>
        </message>
        <message>
            <source>Another till kept the store busy too long: nothing was saved. Try again.</source>
            <translation>Một quầy khác đang giữ cơ sở dữ liệu quá lâu: chưa có gì được lưu. Hãy thử lại.</translation>
        </message>
        <message>
            <source>The disk holding the store is full: nothing of this was saved. The sale stays here: free some space (or call support), then try again.</source>
            <translation>Ổ đĩa chứa dữ liệu cửa hàng đã đầy: chưa có gì được lưu. Đơn hàng vẫn giữ nguyên: hãy giải phóng dung lượng (hoặc gọi hỗ trợ) rồi thử lại.</translation>
        </message>
        <message>
            <source>The store cannot be written (a read-only file or disk): nothing of this was saved. The sale stays here: call support.</source>
            <translation>Không thể ghi vào dữ liệu cửa hàng (tệp hoặc ổ đĩa chỉ đọc): chưa có gì được lưu. Đơn hàng vẫn giữ nguyên: hãy gọi hỗ trợ.</translation>
        </message>
        <message>
            <source>The disk failed while saving: nothing of this was saved. The sale stays here: check the disk, then try again.</source>
            <translation>Ổ đĩa gặp lỗi khi lưu: chưa có gì được lưu. Đơn hàng vẫn giữ nguyên: hãy kiểm tra ổ đĩa rồi thử lại.</translation>
        </message>
        <message>
            <source>The store's server refused this till's user or password.</source>
            <translation>Máy chủ của cửa hàng từ chối tên đăng nhập hoặc mật khẩu của quầy này.</translation>
        </message>
        <message>
            <source>No product with code %1.</source>
            <translation>Không có sản phẩm mã %1.</translation>
        </message>
        <message>
            <source>“%1” has a wrong check digit: scan it again</source>
            <translation>“%1” sai số kiểm tra: hãy quét lại</translation>
        </message>
        <message>
            <source>“%1” is not a barcode of the right kind</source>
            <translation>“%1” không phải mã vạch đúng loại</translation>
        </message>
        <message>
            <source>nothing was entered</source>
            <translation>chưa nhập gì</translation>
        </message>
        <message>
            <source>“%1” is not an amount of đồng (45000, 45.000 or 45k)</source>
            <translation>“%1” không phải số tiền đồng (45000, 45.000 hoặc 45k)</translation>
        </message>
        <message>
            <source>“%1” has decimals, but đồng have none (1,5k is 1.500 ₫)</source>
            <translation>“%1” có phần thập phân, nhưng tiền đồng không có số lẻ (1,5k là 1.500 ₫)</translation>
        </message>
        <message>
            <source>“%1” is ambiguous: a dot groups thousands; write 1,5k for 1.500 ₫ or 1.500k for 1.500.000 ₫</source>
            <translation>“%1” không rõ nghĩa: dấu chấm tách hàng nghìn; viết 1,5k cho 1.500 ₫ hoặc 1.500k cho 1.500.000 ₫</translation>
        </message>
        <message>
            <source>“%1” is finer than 1 đồng: k takes at most three decimals</source>
            <translation>“%1” lẻ hơn 1 đồng: sau k chỉ được tối đa ba chữ số thập phân</translation>
        </message>
        <message>
            <source>“%1” cannot be negative</source>
            <translation>“%1” không được âm</translation>
        </message>
        <message>
            <source>“%1” is too large</source>
            <translation>“%1” quá lớn</translation>
        </message>
        <message>
            <source>“%1” is not a number</source>
            <translation>“%1” không phải là số</translation>
        </message>
        <message>
            <source>“%1” has more than %2 decimal places</source>
            <translation>“%1” có hơn %2 chữ số thập phân</translation>
        </message>
        <message>
            <source>“%1” is above %2 %</source>
            <translation>“%1” vượt quá %2 %</translation>
        </message>
        <message>
            <source>“%1” is not a date (YYYY-MM-DD)</source>
            <translation>“%1” không phải ngày (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>“%1” is not a time</source>
            <translation>“%1” không phải thời điểm hợp lệ</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>dòng %1: %2</translation>
        </message>
        <message>
            <source>line %1, %2: %3</source>
            <translation>dòng %1, %2: %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The receipt printer %1 refused the connection: is it switched on, and is this its address?</source>
            <translation>Máy in hóa đơn %1 từ chối kết nối: máy đã bật chưa, và địa chỉ này có đúng không?</translation>
        </message>
        <message>
            <source>The receipt printer %1 is offline or does not answer (cover open? cable?).</source>
            <translation>Máy in hóa đơn %1 đang ngoại tuyến hoặc không trả lời (nắp mở? dây cáp?).</translation>
        </message>
        <message>
            <source>The receipt printer is out of paper: put in a new roll.</source>
            <translation>Máy in hóa đơn hết giấy: hãy thay cuộn giấy mới.</translation>
        </message>
        <message>
            <source>The connection to the receipt printer broke while printing: part of it may have printed.</source>
            <translation>Kết nối với máy in hóa đơn bị ngắt khi đang in: có thể một phần đã được in.</translation>
        </message>
        <message>
            <source>The receipt printer %1 refused the job: %2</source>
            <translation>Máy in hóa đơn %1 từ chối lệnh in: %2</translation>
        </message>
        <message>
            <source>Till %1 has no receipt printer: set one up in Settings.</source>
            <translation>Quầy %1 chưa có máy in hóa đơn: hãy cài đặt trong màn hình Cài đặt.</translation>
        </message>
        <message>
            <source>This document has already printed; print a copy from the receipts screen.</source>
            <translation>Chứng từ này đã được in; hãy in bản sao từ màn hình hóa đơn.</translation>
        </message>
        <message>
            <source>“%1” is not an invoice series (C or K, 2-digit year, M, two letters: C26MAA)</source>
            <translation>“%1” không phải ký hiệu hóa đơn (C hoặc K, 2 số năm, M, hai chữ cái: C26MAA)</translation>
        </message>
        <message>
            <source>“%1” is not a valid tax code (10 digits, or 10 digits-3 digits for a branch)</source>
            <translation>“%1” không phải mã số thuế hợp lệ (10 chữ số, hoặc 10 chữ số-3 chữ số với chi nhánh)</translation>
        </message>
        <message>
            <source>character %1 cannot be written on an invoice: remove it</source>
            <translation>ký tự thứ %1 không ghi được trên hóa đơn: hãy xóa ký tự này</translation>
        </message>
        <message>
            <source>too long for an invoice: at most %1 characters</source>
            <translation>quá dài so với hóa đơn: tối đa %1 ký tự</translation>
        </message>
        <message>
            <source>needed for a company invoice</source>
            <translation>cần có để xuất hóa đơn công ty</translation>
        </message>
        <message>
            <source>“%1” is not in the right form</source>
            <translation>“%1” không đúng định dạng</translation>
        </message>
        <message>
            <source>E-invoicing is on but the setting %1 is empty: ask the administrator</source>
            <translation>Hóa đơn điện tử đang bật nhưng thiết lập %1 còn trống: hãy báo quản trị viên</translation>
        </message>
        <message>
            <source>The e-invoice provider cannot be reached; invoices wait and are sent later</source>
            <translation>Không kết nối được nhà cung cấp hóa đơn điện tử; hóa đơn được giữ lại và gửi sau</translation>
        </message>
        <message>
            <source>The e-invoice provider refused the store&apos;s account or series: %1</source>
            <translation>Nhà cung cấp hóa đơn điện tử từ chối tài khoản hoặc ký hiệu của cửa hàng: %1</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::LoginScreen</name>
        <message>
            <source>Log in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <source>Who is at the till?</source>
            <translation>Ai đang đứng quầy?</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Mã PIN</translation>
        </message>
        <message>
            <source>PIN for %1</source>
            <translation>Mã PIN của %1</translation>
        </message>
        <message>
            <source>Pick your name first.</source>
            <translation>Hãy chọn tên của bạn trước.</translation>
        </message>
        <message>
            <source>Type your PIN.</source>
            <translation>Hãy nhập mã PIN.</translation>
        </message>
        <message>
            <source>Checking the PIN…</source>
            <translation>Đang kiểm tra mã PIN…</translation>
        </message>
        <message>
            <source>Choose a new PIN to continue: the initial one is not safe.</source>
            <translation>Hãy chọn mã PIN mới để tiếp tục: mã PIN ban đầu không an toàn.</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::MainWindow</name>
        <message>
            <source>Till %1</source>
            <translation>Quầy %1</translation>
        </message>
        <message>
            <source>OCOPOS — %1</source>
            <translation>OCOPOS — %1</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Đăng xuất</translation>
        </message>
        <message>
            <source>There is nothing for this user here yet.</source>
            <translation>Chưa có màn hình nào dành cho người dùng này.</translation>
        </message>
        <message>
            <source>OCOPOS — %1 — %2</source>
            <translation>OCOPOS — %1 — %2</translation>
        </message>
        <message>
            <source>A sale is in progress: finish it, park it (F6) or cancel it (F8) before logging out.</source>
            <translation>Đang có đơn hàng dở: hãy hoàn tất, tạm giữ (F6) hoặc huỷ (F8) trước khi đăng xuất.</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <source>Rejected %1-%2: %3</source>
            <translation>Bị từ chối %1-%2: %3</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::StartupMessages</name>
        <message>
            <source>%1 is not an OCOPOS store database, so OCOPOS did not open it and left it as it was. Choose the store&apos;s database file (--db).

%2</source>
            <translation>%1 không phải là cơ sở dữ liệu cửa hàng OCOPOS, nên OCOPOS không mở và giữ nguyên tệp này. Hãy chọn đúng tệp cơ sở dữ liệu của cửa hàng (--db).

%2</translation>
        </message>
        <message>
            <source>OCOPOS cannot write %1: the disk, the file or its folder is read-only. Nothing was changed. Ask whoever looks after this computer to make it writable, then start OCOPOS again.

%2</source>
            <translation>OCOPOS không ghi được vào %1: ổ đĩa, tệp hoặc thư mục chứa nó đang ở chế độ chỉ đọc. Chưa có gì bị thay đổi. Hãy nhờ người quản lý máy tính này cho phép ghi, rồi mở lại OCOPOS.

%2</translation>
        </message>
        <message>
            <source>%1 was saved by a newer version of OCOPOS. Install that version to open it; the file was left as it was.

%2</source>
            <translation>%1 được lưu bởi phiên bản OCOPOS mới hơn. Hãy cài phiên bản đó để mở; tệp được giữ nguyên.

%2</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::DateRangePicker</name>
        <message>
            <source>From</source>
            <translation>Từ</translation>
        </message>
        <message>
            <source>to</source>
            <translation>đến</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hôm nay</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Tuần này</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Tháng này</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Tháng trước</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ManagerOverrideDialog</name>
        <message>
            <source>Approve</source>
            <translation>Duyệt</translation>
        </message>
        <message>
            <source>Manager approval</source>
            <translation>Quản lý duyệt</translation>
        </message>
        <message>
            <source>A manager must approve this sale:</source>
            <translation>Đơn hàng này cần quản lý duyệt:</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Quản lý</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Mã PIN</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Quay lại</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ParkedCartModel</name>
        <message>
            <source>(no note)</source>
            <translation>(không ghi chú)</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n dòng</numerusform>
            </translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Parked at</source>
            <translation>Tạm giữ lúc</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Thu ngân</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Số dòng</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ParkedSalesDialog</name>
        <message>
            <source>Parked sales</source>
            <translation>Đơn tạm giữ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Gọi lại</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::PaymentDialog</name>
        <message>
            <source>Payment</source>
            <translation>Thanh toán</translation>
        </message>
        <message>
            <source>Amount due</source>
            <translation>Cần thanh toán</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Tiền mặt</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Thẻ</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Các khoản đã nhận</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Đã thanh toán</translation>
        </message>
        <message>
            <source>Still to pay</source>
            <translation>Còn thiếu</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Tiền thừa</translation>
        </message>
        <message>
            <source>Back to the cart (Esc)</source>
            <translation>Quay lại giỏ hàng (Esc)</translation>
        </message>
        <message>
            <source>Remove payment</source>
            <translation>Bỏ khoản đã chọn</translation>
        </message>
        <message>
            <source>Complete sale (Enter)</source>
            <translation>Hoàn tất (Enter)</translation>
        </message>
        <message>
            <source>Cash received (type the amount, or 500k)</source>
            <translation>Tiền khách đưa (gõ số tiền, hoặc 500k)</translation>
        </message>
        <message>
            <source>Exact amount</source>
            <translation>Vừa đủ</translation>
        </message>
        <message>
            <source>Amount on the card</source>
            <translation>Số tiền quẹt thẻ</translation>
        </message>
        <message>
            <source>Slip reference (optional)</source>
            <translation>Số chuẩn chi trên phiếu thẻ (không bắt buộc)</translation>
        </message>
        <message>
            <source>Add card payment</source>
            <translation>Thêm thanh toán thẻ</translation>
        </message>
        <message>
            <source>Amount to transfer</source>
            <translation>Số tiền chuyển khoản</translation>
        </message>
        <message>
            <source>Transfer received</source>
            <translation>Đã nhận chuyển khoản</translation>
        </message>
        <message>
            <source>Press only after seeing the money arrive in the store's account</source>
            <translation>Chỉ bấm khi đã thấy tiền về tài khoản của cửa hàng</translation>
        </message>
        <message>
            <source>Print receipt</source>
            <translation>In hoá đơn</translation>
        </message>
        <message>
            <source>Next customer (Enter)</source>
            <translation>Khách tiếp theo (Enter)</translation>
        </message>
        <message>
            <source>Enter an amount more than 0.</source>
            <translation>Hãy nhập số tiền lớn hơn 0.</translation>
        </message>
        <message>
            <source>Card and bank transfer together cannot be more than the amount due; only cash gives change.</source>
            <translation>Thẻ và chuyển khoản cộng lại không được vượt số cần thanh toán; chỉ tiền mặt mới có tiền thừa.</translation>
        </message>
        <message>
            <source>The customer scans the code with a banking app. It transfers %1 for receipt %2.</source>
            <translation>Khách quét mã bằng ứng dụng ngân hàng để chuyển %1 cho hoá đơn %2.</translation>
        </message>
        <message>
            <source>The store has no bank account for VietQR yet: an administrator sets it in Settings.</source>
            <translation>Cửa hàng chưa khai báo tài khoản ngân hàng cho VietQR: quản trị viên cài đặt trong mục Cài đặt.</translation>
        </message>
        <message>
            <source>Receipt %1</source>
            <translation>Hoá đơn %1</translation>
        </message>
        <message>
            <source>Total %1</source>
            <translation>Tổng cộng %1</translation>
        </message>
        <message>
            <source>No change</source>
            <translation>Không có tiền thừa</translation>
        </message>
        <message>
            <source>Change: %1</source>
            <translation>Tiền thừa: %1</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>Chuyển khoản</translation>
        </message>
        <message>
            <source>Company invoice (buyer details)</source>
            <translation>Xuất hóa đơn công ty (thông tin người mua)</translation>
        </message>
        <message>
            <source>Buyer (company or person)</source>
            <translation>Người mua (công ty hoặc cá nhân)</translation>
        </message>
        <message>
            <source>Tax code</source>
            <translation>Mã số thuế</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <source>Personal ID</source>
            <translation>Số CCCD</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Số điện thoại</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::PaymentListModel</name>
        <message>
            <source>Method</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Số tiền</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Tham chiếu</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::PdfPreviewDialog</name>
        <message>
            <source>Print…</source>
            <translation>In…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Lưu thành PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Receipt %1</source>
            <translation>Hoá đơn %1</translation>
        </message>
        <message>
            <source>Return slip %1</source>
            <translation>Phiếu trả hàng %1</translation>
        </message>
        <message>
            <source>Shift report %1</source>
            <translation>Báo cáo ca %1</translation>
        </message>
        <message>
            <source>Settlement statement %1</source>
            <translation>Bảng kê quyết toán %1</translation>
        </message>
        <message>
            <source>Sales report %1</source>
            <translation>Báo cáo doanh số %1</translation>
        </message>
        <message>
            <source>Goods receipt note %1</source>
            <translation>Phiếu nhập kho %1</translation>
        </message>
        <message>
            <source>Shelf labels (%1)</source>
            <translation>Nhãn kệ (%1)</translation>
        </message>
        <message>
            <source>The document could not be made: %1</source>
            <translation>Không tạo được tài liệu: %1</translation>
        </message>
        <message>
            <source>The document could not be shown.</source>
            <translation>Không hiển thị được tài liệu.</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>In %1</translation>
        </message>
        <message>
            <source>The document could not be printed on %1.</source>
            <translation>Không in được tài liệu trên máy in %1.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Lưu thành PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Tài liệu PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>Không lưu được %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::PinPad</name>
        <message>
            <source>Clear</source>
            <translation>Xoá</translation>
        </message>
        <message>
            <source>Delete the last digit</source>
            <translation>Xoá số cuối</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ProductTableModel</name>
        <message>
            <source>Consignment</source>
            <translation>Ký gửi</translation>
        </message>
        <message>
            <source>Purchased</source>
            <translation>Mua đứt</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Mã hàng</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Giá bán</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>VAT</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Chủ thể OCOP</translation>
        </message>
        <message>
            <source>Supply</source>
            <translation>Hình thức nhập</translation>
        </message>
        <message>
            <source>OCOP</source>
            <translation>OCOP</translation>
        </message>
        <message>
            <source>Barcodes</source>
            <translation>Mã vạch</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ProductsScreen</name>
        <message>
            <source>My products</source>
            <translation>Sản phẩm của tôi</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Sản phẩm</translation>
        </message>
        <message>
            <source>Search by name, SKU, barcode or producer (accents optional)</source>
            <translation>Tìm theo tên, mã hàng, mã vạch hoặc nhà sản xuất (không cần dấu)</translation>
        </message>
        <message numerus="yes">
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n sản phẩm</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ReceiptLinesModel</name>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Sản phẩm</translation>
        </message>
        <message>
            <source>Sold</source>
            <translation>Đã bán</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Thành tiền</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Trả lại</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ReceiptsScreen</name>
        <message>
            <source>Damaged: write the goods off instead of putting them back on the shelf</source>
            <translation>Hàng hỏng: xuất huỷ thay vì đưa lại lên kệ</translation>
        </message>
        <message>
            <source>Return the quantities typed</source>
            <translation>Nhận trả số lượng đã nhập</translation>
        </message>
        <message>
            <source>Void the whole sale</source>
            <translation>Huỷ cả hoá đơn</translation>
        </message>
        <message>
            <source>Print again</source>
            <translation>In lại</translation>
        </message>
        <message>
            <source>Returns and voids</source>
            <translation>Trả hàng, huỷ đơn</translation>
        </message>
        <message>
            <source>Receipt number, e.g. Q01-000012, or just 12</source>
            <translation>Số hoá đơn, ví dụ Q01-000012, hoặc chỉ 12</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Tìm</translation>
        </message>
        <message>
            <source>Type the quantity to take back in the Return column of each line.</source>
            <translation>Nhập số lượng nhận lại vào cột Trả lại của từng dòng.</translation>
        </message>
        <message>
            <source>Reason (optional)</source>
            <translation>Lý do (không bắt buộc)</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; · %2 · cashier %3 · total &lt;b&gt;%4&lt;/b&gt; · %5 · %6</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · thu ngân %3 · tổng &lt;b&gt;%4&lt;/b&gt; · %5 · %6</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>đã hoàn tất</translation>
        </message>
        <message>
            <source>&lt;span style='color:#b3261e'&gt;VOIDED&lt;/span&gt;</source>
            <translation>&lt;span style='color:#b3261e'&gt;ĐÃ HUỶ&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>Type a quantity in the Return column first.</source>
            <translation>Hãy nhập số lượng vào cột Trả lại trước.</translation>
        </message>
        <message>
            <source>Return goods</source>
            <translation>Nhận trả hàng</translation>
        </message>
        <message numerus="yes">
            <source>Return %n line(s) of %1 as damaged and refund the customer in cash?</source>
            <translation>
                <numerusform>Nhận trả %n dòng của %1 là hàng hỏng và hoàn tiền mặt cho khách?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Return %n line(s) of %1 to the shelf and refund the customer in cash?</source>
            <translation>
                <numerusform>Nhận trả %n dòng của %1 về kệ và hoàn tiền mặt cho khách?</numerusform>
            </translation>
        </message>
        <message>
            <source>Return and refund</source>
            <translation>Nhận trả và hoàn tiền</translation>
        </message>
        <message>
            <source>Return %1 done: refund %2 in cash to the customer.</source>
            <translation>Đã lập phiếu trả %1: hoàn %2 tiền mặt cho khách.</translation>
        </message>
        <message>
            <source>Void the sale</source>
            <translation>Huỷ hoá đơn</translation>
        </message>
        <message>
            <source>Void %1 (%2)? The stock goes back and the receipt stays in the journal as voided.</source>
            <translation>Huỷ hoá đơn %1 (%2)? Hàng được nhập lại kho và hoá đơn vẫn nằm trong nhật ký với trạng thái đã huỷ.</translation>
        </message>
        <message>
            <source>%1 is voided: give back %2 to the customer.</source>
            <translation>Đã huỷ %1: trả lại khách %2.</translation>
        </message>
        <message>
            <source>Not printed yet</source>
            <translation>Chưa in</translation>
        </message>
        <message>
            <source>Print selected</source>
            <translation>In mục đã chọn</translation>
        </message>
        <message>
            <source>Open drawer…</source>
            <translation>Mở ngăn kéo…</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s), last: %1</source>
            <translation>
                <numerusform>%n lần thử, lần cuối: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Printed.</source>
            <translation>Đã in.</translation>
        </message>
        <message>
            <source>Open the cash drawer</source>
            <translation>Mở ngăn kéo tiền</translation>
        </message>
        <message>
            <source>Why open the drawer without a sale? (kept in the audit log)</source>
            <translation>Vì sao mở ngăn kéo khi không bán hàng? (được ghi vào nhật ký)</translation>
        </message>
        <message>
            <source>The drawer opens only with a reason.</source>
            <translation>Chỉ mở ngăn kéo khi có lý do.</translation>
        </message>
        <message>
            <source>Drawer opened.</source>
            <translation>Đã mở ngăn kéo.</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ReportsScreen</name>
        <message>
            <source>Export CSV…</source>
            <translation>Xuất CSV…</translation>
        </message>
        <message>
            <source>Print / PDF…</source>
            <translation>In / PDF…</translation>
        </message>
        <message>
            <source>Reports — %1</source>
            <translation>Báo cáo — %1</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Xem theo</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Sản phẩm</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Nhóm hàng</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>Thuế suất VAT</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Hình thức thanh toán</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Thu ngân</translation>
        </message>
        <message>
            <source>Producer (household)</source>
            <translation>Hộ sản xuất</translation>
        </message>
        <message>
            <source>Owner (cooperative)</source>
            <translation>Chủ thể OCOP (HTX)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Xem</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Doanh thu</translation>
        </message>
        <message>
            <source>Best sellers</source>
            <translation>Bán chạy</translation>
        </message>
        <message>
            <source>Stock and its value</source>
            <translation>Tồn kho và giá trị</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Xuất CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Tệp CSV (*.csv)</translation>
        </message>
        <message>
            <source>Stock value to the store &lt;b&gt;%1&lt;/b&gt;: purchased goods at cost %2, consignment goods at retail %3. Everything at retail: %4.</source>
            <translation>Giá trị tồn kho của cửa hàng &lt;b&gt;%1&lt;/b&gt;: hàng mua đứt theo giá vốn %2, hàng ký gửi theo giá bán %3. Toàn bộ theo giá bán: %4.</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Đã lưu %1</translation>
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation>Không lưu được %1: %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 – %2&lt;/b&gt; · net sales &lt;b&gt;%3&lt;/b&gt; · %4 receipts · returns %5 · commission %6 · payout %7</source>
            <translation>&lt;b&gt;%1 – %2&lt;/b&gt; · doanh thu thuần &lt;b&gt;%3&lt;/b&gt; · %4 hoá đơn · trả lại %5 · hoa hồng %6 · phải trả NSX %7</translation>
        </message>
        <message>
            <source>Computing the report…</source>
            <translation>Đang tính báo cáo…</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::SalesChart</name>
        <message>
            <source>Net</source>
            <translation>Doanh thu thuần</translation>
        </message>
        <message>
            <source>Others (%1)</source>
            <translation>Khác (%1)</translation>
        </message>
        <message>
            <source>Net, million ₫</source>
            <translation>Doanh thu thuần, triệu ₫</translation>
        </message>
        <message>
            <source>Net, thousand ₫</source>
            <translation>Doanh thu thuần, nghìn ₫</translation>
        </message>
        <message>
            <source>Net by day</source>
            <translation>Doanh thu thuần theo ngày</translation>
        </message>
        <message>
            <source>Net by day, %1 – %2</source>
            <translation>Doanh thu thuần theo ngày, %1 – %2</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::SalesReportModel</name>
        <message>
            <source>Not subject to VAT (KCT)</source>
            <translation>Không chịu thuế (KCT)</translation>
        </message>
        <message>
            <source>(no category)</source>
            <translation>(chưa phân nhóm)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Tổng cộng</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Sản phẩm</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Nhóm hàng</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>Thuế suất VAT</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Hình thức thanh toán</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>Thu ngân</translation>
        </message>
        <message>
            <source>Producer (household)</source>
            <translation>Hộ sản xuất</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Chủ thể OCOP</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>SL</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Hoá đơn</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>Tiền hàng</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Giảm giá</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Trả lại</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Doanh thu thuần</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>VAT</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Hoa hồng</translation>
        </message>
        <message>
            <source>Payout</source>
            <translation>Phải trả NSX</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ScreenRegistry</name>
        <message>
            <source>Cashier</source>
            <translation>Thu ngân</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Ca làm việc</translation>
        </message>
        <message>
            <source>Returns and voids</source>
            <translation>Trả hàng, huỷ đơn</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Sản phẩm</translation>
        </message>
        <message>
            <source>Inventory</source>
            <translation>Tồn kho</translation>
        </message>
        <message>
            <source>Goods receipt</source>
            <translation>Nhập hàng</translation>
        </message>
        <message>
            <source>Stock count</source>
            <translation>Kiểm kê</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>Settlements</source>
            <translation>Quyết toán</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Người dùng</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::SettingsScreen</name>
        <message>
            <source>Save settings</source>
            <translation>Lưu cài đặt</translation>
        </message>
        <message>
            <source>Test QR (10.000 ₫)</source>
            <translation>Thử mã QR (10.000 ₫)</translation>
        </message>
        <message>
            <source>Back up now…</source>
            <translation>Sao lưu ngay…</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Cửa hàng</translation>
        </message>
        <message>
            <source>Store name</source>
            <translation>Tên cửa hàng</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <source>Tax code</source>
            <translation>Mã số thuế</translation>
        </message>
        <message>
            <source>10 digits, or 10-3</source>
            <translation>10 chữ số, hoặc 10-3</translation>
        </message>
        <message>
            <source>Till code</source>
            <translation>Mã quầy</translation>
        </message>
        <message>
            <source>e.g. Q01: starts every receipt number</source>
            <translation>vd. Q01: đứng đầu mọi số hoá đơn</translation>
        </message>
        <message>
            <source>Bank account for VietQR payments</source>
            <translation>Tài khoản nhận tiền qua VietQR</translation>
        </message>
        <message>
            <source>Bank BIN</source>
            <translation>Mã ngân hàng (BIN)</translation>
        </message>
        <message>
            <source>6 digits, e.g. 970436 (Vietcombank)</source>
            <translation>6 chữ số, vd. 970436 (Vietcombank)</translation>
        </message>
        <message>
            <source>Account number</source>
            <translation>Số tài khoản</translation>
        </message>
        <message>
            <source>Account name</source>
            <translation>Tên chủ tài khoản</translation>
        </message>
        <message>
            <source>Selling rules</source>
            <translation>Quy định bán hàng</translation>
        </message>
        <message>
            <source>Discounts above this need a manager (%)</source>
            <translation>Giảm giá vượt mức này cần quản lý duyệt (%)</translation>
        </message>
        <message>
            <source>Default commission on consignment (%)</source>
            <translation>Hoa hồng mặc định hàng ký gửi (%)</translation>
        </message>
        <message>
            <source>Warn about lots expiring within (days)</source>
            <translation>Cảnh báo lô sắp hết hạn trong (ngày)</translation>
        </message>
        <message>
            <source>Receipt and language</source>
            <translation>Hoá đơn và ngôn ngữ</translation>
        </message>
        <message>
            <source>Receipt paper width</source>
            <translation>Khổ giấy in hoá đơn</translation>
        </message>
        <message>
            <source>80 mm</source>
            <translation>80 mm</translation>
        </message>
        <message>
            <source>58 mm</source>
            <translation>58 mm</translation>
        </message>
        <message>
            <source>Receipt footer</source>
            <translation>Lời chào cuối hoá đơn</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <source>A consistent copy of the store database, safe while the tills keep selling. Keep copies off this computer too.</source>
            <translation>Bản sao trọn vẹn cơ sở dữ liệu cửa hàng, làm được cả khi các quầy đang bán. Nên giữ thêm bản sao ở ngoài máy này.</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>Bỏ thay đổi</translation>
        </message>
        <message>
            <source>Back up the database</source>
            <translation>Sao lưu cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>OCOPOS database (*.db)</source>
            <translation>Cơ sở dữ liệu OCOPOS (*.db)</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Chưa lưu: %1</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Không có gì thay đổi.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
        <message>
            <source>Scan with a banking app: it should show %1 to account %2 %3. No need to pay it.</source>
            <translation>Quét bằng ứng dụng ngân hàng: phải hiện %1 vào tài khoản %2 %3. Không cần chuyển thật.</translation>
        </message>
        <message>
            <source>No test QR: %1</source>
            <translation>Không tạo được mã QR thử: %1</translation>
        </message>
        <message>
            <source>Backup saved: %1 (%2 KB).</source>
            <translation>Đã sao lưu: %1 (%2 KB).</translation>
        </message>
        <message>
            <source>Backup failed: %1</source>
            <translation>Sao lưu không thành công: %1</translation>
        </message>
        <message>
            <source>Saved. The screens switch to the new language (after the sale, goods receipt or count in progress, if any).</source>
            <translation>Đã lưu. Các màn hình chuyển sang ngôn ngữ mới (sau khi xong đơn bán, phiếu nhập hoặc đợt kiểm kê đang làm, nếu có).</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Đang sao lưu…</translation>
        </message>
        <message>
            <source>Province centre</source>
            <translation>Trung tâm tỉnh</translation>
        </message>
        <message>
            <source>Centre address</source>
            <translation>Địa chỉ trung tâm</translation>
        </message>
        <message>
            <source>https://… (empty: do not send)</source>
            <translation>https://… (để trống: không gửi)</translation>
        </message>
        <message>
            <source>Store code at the centre</source>
            <translation>Mã cửa hàng tại trung tâm</translation>
        </message>
        <message>
            <source>Store token</source>
            <translation>Mã truy cập của cửa hàng</translation>
        </message>
        <message>
            <source>as the province admin gave it</source>
            <translation>do quản trị viên tỉnh cấp</translation>
        </message>
        <message>
            <source>E-invoices</source>
            <translation>Hóa đơn điện tử</translation>
        </message>
        <message>
            <source>Issue e-invoices</source>
            <translation>Xuất hóa đơn điện tử</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Tắt</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Bật</translation>
        </message>
        <message>
            <source>Invoice form</source>
            <translation>Mẫu số hóa đơn</translation>
        </message>
        <message>
            <source>1 – VAT invoice</source>
            <translation>1 – Hóa đơn giá trị gia tăng</translation>
        </message>
        <message>
            <source>2 – sales invoice</source>
            <translation>2 – Hóa đơn bán hàng</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Ký hiệu</translation>
        </message>
        <message>
            <source>e.g. C26MAA</source>
            <translation>ví dụ C26MAA</translation>
        </message>
        <message>
            <source>Tax method</source>
            <translation>Phương pháp tính thuế</translation>
        </message>
        <message>
            <source>VAT credit</source>
            <translation>Khấu trừ</translation>
        </message>
        <message>
            <source>Revenue percentage</source>
            <translation>Tỷ lệ % trên doanh thu</translation>
        </message>
        <message>
            <source>VNPT service address</source>
            <translation>Địa chỉ dịch vụ VNPT</translation>
        </message>
        <message>
            <source>VNPT account</source>
            <translation>Tài khoản VNPT</translation>
        </message>
        <message>
            <source>VNPT account password</source>
            <translation>Mật khẩu tài khoản VNPT</translation>
        </message>
        <message>
            <source>Seller&apos;s legal name</source>
            <translation>Tên pháp lý người bán</translation>
        </message>
        <message>
            <source>empty: the store&apos;s name</source>
            <translation>để trống: dùng tên cửa hàng</translation>
        </message>
        <message>
            <source>Seller&apos;s address</source>
            <translation>Địa chỉ người bán</translation>
        </message>
        <message>
            <source>empty: the store&apos;s address</source>
            <translation>để trống: dùng địa chỉ cửa hàng</translation>
        </message>
        <message>
            <source>Seller&apos;s tax code</source>
            <translation>Mã số thuế người bán</translation>
        </message>
        <message>
            <source>empty: the store&apos;s tax code</source>
            <translation>để trống: dùng mã số thuế cửa hàng</translation>
        </message>
        <message>
            <source>Lookup page</source>
            <translation>Trang tra cứu hóa đơn</translation>
        </message>
        <message>
            <source>printed on receipts</source>
            <translation>in trên hóa đơn bán lẻ</translation>
        </message>
        <message>
            <source>Provider&apos;s tax code</source>
            <translation>Mã số thuế nhà cung cấp</translation>
        </message>
        <message>
            <source>Web service user</source>
            <translation>Tài khoản dịch vụ web</translation>
        </message>
        <message>
            <source>Web service password</source>
            <translation>Mật khẩu dịch vụ web</translation>
        </message>
        <message>
            <source>Invoices per batch</source>
            <translation>Số hóa đơn mỗi lô</translation>
        </message>
        <message>
            <source>500 (at most 5000)</source>
            <translation>500 (tối đa 5000)</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::SettlementListModel</name>
        <message>
            <source>%1 by %2</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Kỳ</translation>
        </message>
        <message>
            <source>Producer</source>
            <translation>Nhà sản xuất</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Doanh thu thuần</translation>
        </message>
        <message>
            <source>Payout</source>
            <translation>Phải trả NSX</translation>
        </message>
        <message>
            <source>Finalized</source>
            <translation>Đã chốt</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::SettlementsScreen</name>
        <message>
            <source>Show statement</source>
            <translation>Xem bảng kê</translation>
        </message>
        <message>
            <source>Finalize…</source>
            <translation>Chốt quyết toán…</translation>
        </message>
        <message>
            <source>Print / PDF…</source>
            <translation>In / PDF…</translation>
        </message>
        <message>
            <source>Settlements with producers</source>
            <translation>Quyết toán với nhà sản xuất</translation>
        </message>
        <message>
            <source>Producer</source>
            <translation>Nhà sản xuất</translation>
        </message>
        <message>
            <source>By product</source>
            <translation>Theo sản phẩm</translation>
        </message>
        <message>
            <source>By member household</source>
            <translation>Theo hộ thành viên</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Tổng hợp</translation>
        </message>
        <message>
            <source>Consignment sales, net of returns</source>
            <translation>Doanh thu hàng ký gửi (đã trừ trả lại)</translation>
        </message>
        <message>
            <source>Store commission</source>
            <translation>Hoa hồng cửa hàng</translation>
        </message>
        <message>
            <source>Consignment payout</source>
            <translation>Tiền hàng ký gửi phải trả</translation>
        </message>
        <message>
            <source>Purchased goods sold (paid at receipt, no payout)</source>
            <translation>Hàng mua đứt đã bán (đã trả khi nhập, không phải trả thêm)</translation>
        </message>
        <message>
            <source>Returns in the period</source>
            <translation>Hàng trả lại trong kỳ</translation>
        </message>
        <message>
            <source>All sales, net</source>
            <translation>Tổng doanh thu thuần</translation>
        </message>
        <message>
            <source>Payout to the producer</source>
            <translation>Số tiền phải trả nhà sản xuất</translation>
        </message>
        <message>
            <source>Double-click to open a statement as it was finalized</source>
            <translation>Nhấp đúp để mở bảng kê đúng như khi đã chốt</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>tax code %1</source>
            <translation>MST %1</translation>
        </message>
        <message>
            <source>no bank account on file</source>
            <translation>chưa có tài khoản ngân hàng</translation>
        </message>
        <message>
            <source>account %1 (bank %2)</source>
            <translation>tài khoản %1 (ngân hàng %2)</translation>
        </message>
        <message>
            <source>&lt;span style='font-size:15pt; font-weight:bold'&gt;%1&lt;/span&gt; (%2)&lt;br&gt;%3&lt;br&gt;Period &lt;b&gt;%4 – %5&lt;/b&gt;</source>
            <translation>&lt;span style='font-size:15pt; font-weight:bold'&gt;%1&lt;/span&gt; (%2)&lt;br&gt;%3&lt;br&gt;Kỳ &lt;b&gt;%4 – %5&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Finalized on %1 by %2: this statement is frozen and prints exactly as it was.</source>
            <translation>Đã chốt lúc %1 bởi %2: bảng kê được giữ nguyên và in lại đúng như lúc chốt.</translation>
        </message>
        <message>
            <source>Draft: computed now from the sales. Finalize it once the period is over to freeze it.</source>
            <translation>Bản nháp: tính từ số liệu bán hàng hiện tại. Chốt khi hết kỳ để giữ cố định.</translation>
        </message>
        <message>
            <source>Nothing to pay for this period, so there is no VietQR.</source>
            <translation>Kỳ này không có tiền phải trả nên không có mã VietQR.</translation>
        </message>
        <message>
            <source>Returns exceed sales (payout %1): nothing to transfer, so there is no VietQR.</source>
            <translation>Hàng trả lại nhiều hơn hàng bán (phải trả %1): không có gì để chuyển nên không có mã VietQR.</translation>
        </message>
        <message>
            <source>%1 has no bank account on file, so there is no VietQR: pay the payout another way, or add the account to the producer.</source>
            <translation>%1 chưa có tài khoản ngân hàng nên không có mã VietQR: hãy trả bằng cách khác, hoặc bổ sung tài khoản cho nhà sản xuất.</translation>
        </message>
        <message>
            <source>No VietQR: %1</source>
            <translation>Không có mã VietQR: %1</translation>
        </message>
        <message>
            <source>Finalize the statement</source>
            <translation>Chốt bảng kê quyết toán</translation>
        </message>
        <message>
            <source>Finalize the statement of %1 for %2 – %3, payout %4? It is frozen afterwards and no other statement of this producer may overlap its period.</source>
            <translation>Chốt bảng kê của %1 kỳ %2 – %3, phải trả %4? Sau khi chốt bảng kê không đổi được nữa và không bảng kê nào khác của nhà sản xuất này được trùng kỳ.</translation>
        </message>
        <message>
            <source>Finalize</source>
            <translation>Chốt</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <source>Finalized: the statement is frozen.</source>
            <translation>Đã chốt: bảng kê được giữ cố định.</translation>
        </message>
        <message>
            <source>Not finalized. %1</source>
            <translation>Chưa chốt được. %1</translation>
        </message>
        <message>
            <source>Scan with a banking app to transfer it to account %1 (bank %2).</source>
            <translation>Quét bằng ứng dụng ngân hàng để chuyển khoản số tiền này vào tài khoản %1 (ngân hàng %2).</translation>
        </message>
        <message>
            <source>Finalized statements of this producer</source>
            <translation>Bảng kê đã chốt của nhà sản xuất này</translation>
        </message>
        <message>
            <source>%1 – %2 overlaps the statement already finalized for %3 – %4: the finalized periods of a producer may not overlap. Start the new period on %5.</source>
            <translation>Kỳ %1 – %2 trùng với bảng kê đã chốt kỳ %3 – %4: các kỳ đã chốt của một nhà sản xuất không được trùng nhau. Hãy bắt đầu kỳ mới từ %5.</translation>
        </message>
        <message>
            <source>The period is not over yet: it can be finalized from %1, when no sale or return can fall into it any more.</source>
            <translation>Kỳ này chưa kết thúc: có thể chốt từ ngày %1, khi không còn giao dịch bán hay trả hàng nào rơi vào kỳ.</translation>
        </message>
        <message>
            <source>Finalizing…</source>
            <translation>Đang chốt quyết toán…</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ShiftReportView</name>
        <message>
            <source>Z report — shift %1 closed</source>
            <translation>Báo cáo Z — ca %1 đã đóng</translation>
        </message>
        <message>
            <source>X report — shift %1 (open)</source>
            <translation>Báo cáo X — ca %1 (đang mở)</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Mở ca</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 bởi %2</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Đóng ca</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Hoá đơn</translation>
        </message>
        <message>
            <source>none</source>
            <translation>không có</translation>
        </message>
        <message>
            <source>Sales / voids / returns</source>
            <translation>Số đơn bán / huỷ / trả</translation>
        </message>
        <message>
            <source>Sales before discounts</source>
            <translation>Doanh số trước giảm giá</translation>
        </message>
        <message>
            <source>Discounts</source>
            <translation>Giảm giá</translation>
        </message>
        <message>
            <source>Sales total</source>
            <translation>Doanh số</translation>
        </message>
        <message>
            <source>%1 (VAT %2)</source>
            <translation>%1 (VAT %2)</translation>
        </message>
        <message>
            <source>Cash refunded (returns)</source>
            <translation>Tiền hoàn trả (trả hàng)</translation>
        </message>
        <message>
            <source>Opening float</source>
            <translation>Tiền đầu ca</translation>
        </message>
        <message>
            <source>Cash received</source>
            <translation>Tiền mặt đã nhận</translation>
        </message>
        <message>
            <source>Change given</source>
            <translation>Tiền thừa đã trả</translation>
        </message>
        <message>
            <source>Cash expected in the drawer</source>
            <translation>Tiền mặt phải có trong két</translation>
        </message>
        <message>
            <source>Cash counted</source>
            <translation>Tiền mặt đếm được</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Chênh lệch</translation>
        </message>
        <message>
            <source>Variance (short)</source>
            <translation>Chênh lệch (thiếu)</translation>
        </message>
        <message>
            <source>Variance (over)</source>
            <translation>Chênh lệch (thừa)</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Nhật ký</translation>
        </message>
        <message>
            <source>    Not subject to VAT (KCT)</source>
            <translation>    Không chịu thuế (KCT)</translation>
        </message>
        <message>
            <source>    VAT rate %1 %</source>
            <translation>    Thuế suất %1 %</translation>
        </message>
        <message>
            <source>Waiting to be sent to the centre</source>
            <translation>Chờ gửi về trung tâm tỉnh</translation>
        </message>
        <message>
            <source>E-invoices accepted</source>
            <translation>Hóa đơn điện tử đã có mã CQT</translation>
        </message>
        <message>
            <source>E-invoices waiting</source>
            <translation>Hóa đơn điện tử đang chờ gửi</translation>
        </message>
        <message>
            <source>E-invoices rejected</source>
            <translation>Hóa đơn điện tử bị từ chối</translation>
        </message>
        <message>
            <source>Rejected %1</source>
            <translation>Bị từ chối %1</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ShiftScreen</name>
        <message>
            <source>Shift — till %1</source>
            <translation>Ca làm việc — quầy %1</translation>
        </message>
        <message>
            <source>Count the opening float in the drawer, note by note:</source>
            <translation>Đếm tiền đầu ca trong két theo từng mệnh giá:</translation>
        </message>
        <message>
            <source>Open the shift</source>
            <translation>Mở ca</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Làm mới</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>In báo cáo</translation>
        </message>
        <message>
            <source>Open the next shift</source>
            <translation>Mở ca tiếp theo</translation>
        </message>
        <message>
            <source>To close: count the cash in the drawer, note by note</source>
            <translation>Đóng ca: đếm tiền mặt trong két theo từng mệnh giá</translation>
        </message>
        <message>
            <source>Close the shift</source>
            <translation>Đóng ca</translation>
        </message>
        <message>
            <source>Float: %1</source>
            <translation>Tiền đầu ca: %1</translation>
        </message>
        <message>
            <source>Counted: %1</source>
            <translation>Đếm được: %1</translation>
        </message>
        <message>
            <source>The shift is closed.</source>
            <translation>Ca đã đóng.</translation>
        </message>
        <message>
            <source>No shift is open at this till.</source>
            <translation>Quầy này chưa mở ca.</translation>
        </message>
        <message>
            <source>Shift %1 is open since %2 (%3).</source>
            <translation>Ca %1 mở từ %2 (%3).</translation>
        </message>
        <message>
            <source>Shift opened. Happy selling!</source>
            <translation>Đã mở ca. Chúc bán hàng đắt khách!</translation>
        </message>
        <message>
            <source>Close the shift with %1 counted in the drawer? Selling stops until a new shift is opened.</source>
            <translation>Đóng ca với %1 tiền mặt đếm được trong két? Quầy sẽ ngừng bán cho đến khi mở ca mới.</translation>
        </message>
        <message>
            <source>Keep it open</source>
            <translation>Chưa đóng</translation>
        </message>
        <message>
            <source>Shift closed. The drawer is %1 off what was expected.</source>
            <translation>Đã đóng ca. Tiền trong két lệch %1 so với số phải có.</translation>
        </message>
        <message>
            <source>Shift closed. The drawer matches what was expected.</source>
            <translation>Đã đóng ca. Tiền trong két khớp với số phải có.</translation>
        </message>
        <message>
            <source>Expected in the drawer: %1</source>
            <translation>Phải có trong két: %1</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::StatementHouseholdsModel</name>
        <message>
            <source>%1 — %2 sold under a manager's override from no lot</source>
            <translation>%1 — %2 bán vượt tồn (quản lý duyệt), không thuộc lô nào</translation>
        </message>
        <message>
            <source>Member household</source>
            <translation>Hộ thành viên</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Doanh thu</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Trả lại</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Hoa hồng</translation>
        </message>
        <message>
            <source>Payout</source>
            <translation>Phải trả NSX</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::StatementLinesModel</name>
        <message>
            <source>Consignment</source>
            <translation>Ký gửi</translation>
        </message>
        <message>
            <source>Purchased</source>
            <translation>Mua đứt</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Sản phẩm</translation>
        </message>
        <message>
            <source>Supply</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>SL</translation>
        </message>
        <message>
            <source>Gross</source>
            <translation>Tiền hàng</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Trả lại</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Doanh thu</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Hoa hồng</translation>
        </message>
        <message>
            <source>Payout</source>
            <translation>Phải trả NSX</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::StockReportModel</name>
        <message>
            <source>Total</source>
            <translation>Tổng cộng</translation>
        </message>
        <message>
            <source>%1 %2 in lots without a unit cost</source>
            <translation>%1 %2 trong các lô chưa có giá vốn</translation>
        </message>
        <message>
            <source>Consignment</source>
            <translation>Ký gửi</translation>
        </message>
        <message>
            <source>Purchased</source>
            <translation>Mua đứt</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Mã hàng</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Sản phẩm</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Chủ thể OCOP</translation>
        </message>
        <message>
            <source>Supply</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>Tồn</translation>
        </message>
        <message>
            <source>Lots</source>
            <translation>Số lô</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Giá bán</translation>
        </message>
        <message>
            <source>Value at cost</source>
            <translation>Theo giá vốn</translation>
        </message>
        <message>
            <source>Value at retail</source>
            <translation>Theo giá bán</translation>
        </message>
        <message>
            <source>Value to the store</source>
            <translation>Giá trị tồn</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::SuggestionModel</name>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1/kg</source>
            <translation>%1/kg</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::UserListModel</name>
        <message>
            <source>%1
%2 · locked</source>
            <translation>%1
%2 · đang bị khoá</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::UserTableModel</name>
        <message>
            <source>Deactivated</source>
            <translation>Đã khoá</translation>
        </message>
        <message>
            <source>Locked (wrong PINs)</source>
            <translation>Tạm khoá (sai PIN)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Đang dùng</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Tên hiển thị</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>Cooperative</source>
            <translation>Hợp tác xã</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::UsersScreen</name>
        <message>
            <source>4–8 digits</source>
            <translation>4–8 chữ số</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Thêm người dùng</translation>
        </message>
        <message>
            <source>Set new PIN</source>
            <translation>Đặt PIN mới</translation>
        </message>
        <message>
            <source>Deactivate…</source>
            <translation>Ngừng sử dụng…</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Người dùng</translation>
        </message>
        <message>
            <source>Selected user:</source>
            <translation>Người dùng đang chọn:</translation>
        </message>
        <message>
            <source>New user</source>
            <translation>Người dùng mới</translation>
        </message>
        <message>
            <source>e.g. thungan2 (letters and digits, no accents)</source>
            <translation>vd. thungan2 (chữ và số, không dấu)</translation>
        </message>
        <message>
            <source>e.g. Nguyễn Thị Hoa</source>
            <translation>vd. Nguyễn Thị Hoa</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Tên hiển thị</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>Cooperative (for a cooperative user)</source>
            <translation>Hợp tác xã (cho tài khoản HTX)</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Mã PIN</translation>
        </message>
        <message>
            <source>Added %1 (%2).</source>
            <translation>Đã thêm %1 (%2).</translation>
        </message>
        <message>
            <source>Select a user first.</source>
            <translation>Hãy chọn một người dùng trước.</translation>
        </message>
        <message>
            <source>New PIN set for %1.</source>
            <translation>Đã đặt PIN mới cho %1.</translation>
        </message>
        <message>
            <source>Deactivate user</source>
            <translation>Ngừng sử dụng tài khoản</translation>
        </message>
        <message>
            <source>Deactivate %1? The user can no longer log in; past sales keep their name.</source>
            <translation>Ngừng sử dụng %1? Người này sẽ không đăng nhập được nữa; các hoá đơn cũ vẫn giữ tên.</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Ngừng sử dụng</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <source>%1 is deactivated.</source>
            <translation>Đã ngừng sử dụng %1.</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ValueDialog</name>
        <message>
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Quay lại</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::AlertsModel</name>
        <message>
            <source>Product</source>
            <translation>Sản phẩm</translation>
        </message>
        <message>
            <source>Lot / certificate</source>
            <translation>Lô / giấy chứng nhận</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Số lượng</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Còn (ngày)</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Sắp hết hàng</translation>
        </message>
        <message>
            <source>reorder at %1</source>
            <translation>đặt thêm khi còn %1</translation>
        </message>
        <message>
            <source>Lots expiring within %1 days or expired</source>
            <translation>Lô hết hạn trong %1 ngày hoặc đã hết hạn</translation>
        </message>
        <message>
            <source>lot %1</source>
            <translation>lô %1</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>đã hết hạn</translation>
        </message>
        <message>
            <source>OCOP certificates expiring within %1 days or expired</source>
            <translation>Giấy chứng nhận OCOP hết hạn trong %1 ngày hoặc đã hết hạn</translation>
        </message>
        <message>
            <source>certificate %1</source>
            <translation>GCN %1</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::AlertsScreen</name>
        <message>
            <source>Alerts</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Làm mới</translation>
        </message>
        <message>
            <source>Double-click a line to open the product.</source>
            <translation>Nhấp đúp vào một dòng để mở sản phẩm.</translation>
        </message>
        <message>
            <source>As of %1: %2 product(s) low on stock, %3 lot(s) expiring or expired, %4 certificate(s) to renew.</source>
            <translation>Ngày %1: %2 sản phẩm sắp hết hàng, %3 lô sắp hoặc đã hết hạn, %4 giấy chứng nhận cần gia hạn.</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::CountEntryModel</name>
        <message>
            <source>Product</source>
            <translation>Sản phẩm</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Mã hàng</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Lô</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Hạn dùng</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Sổ sách</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Thực đếm</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Chênh lệch</translation>
        </message>
        <message numerus="yes">
            <source>%n lot(s)</source>
            <translation>
                <numerusform>%n lô</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::GoodsReceiptScreen</name>
        <message>
            <source>Remove line</source>
            <translation>Xóa dòng</translation>
        </message>
        <message>
            <source>Receive into stock</source>
            <translation>Nhập kho</translation>
        </message>
        <message>
            <source>Goods receipt</source>
            <translation>Nhập hàng</translation>
        </message>
        <message>
            <source>The products' owner</source>
            <translation>Chủ thể OCOP của sản phẩm</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Bên giao hàng</translation>
        </message>
        <message>
            <source>Delivery note number, driver, remarks (optional)</source>
            <translation>Số phiếu giao, người giao, ghi chú (không bắt buộc)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Scan a barcode or type a product name, then Enter</source>
            <translation>Quét mã vạch hoặc gõ tên sản phẩm rồi nhấn Enter</translation>
        </message>
        <message>
            <source>Scan the delivered goods. Type quantity, lot code and expiry in the table (double-click or F2 on a cell).</source>
            <translation>Quét hàng được giao. Nhập số lượng, số lô và hạn dùng vào bảng (nhấp đúp hoặc F2 trên ô).</translation>
        </message>
        <message numerus="yes">
            <source>Received %1: %n line(s) into stock.</source>
            <translation>
                <numerusform>Đã nhập kho %1: %n dòng.</numerusform>
            </translation>
        </message>
        <message>
            <source>Total cost %1.</source>
            <translation>Tổng giá vốn %1.</translation>
        </message>
        <message>
            <source>Print receiving note %1</source>
            <translation>In phiếu nhập kho %1</translation>
        </message>
        <message>
            <source>Nothing was received. Fix the lines marked in red:</source>
            <translation>Chưa nhập gì. Hãy sửa các dòng tô đỏ:</translation>
        </message>
        <message>
            <source>(the delivering household, else the owner)</source>
            <translation>(hộ giao hàng, nếu không thì chủ sản phẩm)</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ImportErrorsDialog</name>
        <message>
            <source>Import refused</source>
            <translation>Không nhập được tệp</translation>
        </message>
        <message numerus="yes">
            <source>%1 was not imported: nothing was changed. Fix these %n problem(s) and import the whole file again.</source>
            <translation>
                <numerusform>Tệp %1 chưa được nhập: không có gì thay đổi. Hãy sửa %n lỗi dưới đây rồi nhập lại cả tệp.</numerusform>
            </translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::InventoryScreen</name>
        <message>
            <source>Inventory</source>
            <translation>Tồn kho</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Sản phẩm</translation>
        </message>
        <message>
            <source>Producers</source>
            <translation>Nhà sản xuất</translation>
        </message>
        <message>
            <source>Search by name, SKU, barcode or producer (accents optional)</source>
            <translation>Tìm theo tên, mã hàng, mã vạch hoặc nhà sản xuất (không cần dấu)</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Sắp hết hàng</translation>
        </message>
        <message>
            <source>Expiring lots</source>
            <translation>Lô sắp hết hạn</translation>
        </message>
        <message>
            <source>Certificate expiring</source>
            <translation>GCN sắp hết hạn</translation>
        </message>
        <message>
            <source>Producer:</source>
            <translation>Nhà sản xuất:</translation>
        </message>
        <message>
            <source>Category:</source>
            <translation>Nhóm hàng:</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>Thêm sản phẩm</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Nhập từ CSV…</translation>
        </message>
        <message>
            <source>Print shelf labels</source>
            <translation>In nhãn kệ</translation>
        </message>
        <message>
            <source>All producers</source>
            <translation>Tất cả nhà sản xuất</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Tất cả nhóm hàng</translation>
        </message>
        <message numerus="yes">
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n sản phẩm</numerusform>
            </translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại hình</translation>
        </message>
        <message>
            <source>Member of</source>
            <translation>Thành viên của</translation>
        </message>
        <message>
            <source>Tax code</source>
            <translation>Mã số thuế</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Ngân hàng</translation>
        </message>
        <message>
            <source>Commission</source>
            <translation>Hoa hồng</translation>
        </message>
        <message>
            <source>Import products</source>
            <translation>Nhập sản phẩm</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Tệp CSV (*.csv);;Tất cả tệp (*)</translation>
        </message>
        <message>
            <source>Select the products to label first.</source>
            <translation>Hãy chọn sản phẩm cần in nhãn trước.</translation>
        </message>
        <message>
            <source>Red: low stock · Amber: a lot or the certificate expires soon (hover for details)</source>
            <translation>Đỏ: sắp hết hàng · Vàng: lô hàng hoặc giấy chứng nhận sắp hết hạn (rê chuột để xem chi tiết)</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Lịch sử…</translation>
        </message>
        <message>
            <source>Every receipt, sale, return and count of the selected product, with the stock after each</source>
            <translation>Mọi lần nhập, bán, trả và kiểm kê của sản phẩm đã chọn, kèm tồn kho sau mỗi lần</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ProblemListModel</name>
        <message>
            <source>Line</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Cột</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Lỗi</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ProducerTreeModel</name>
        <message>
            <source>Producer</source>
            <translation>Nhà sản xuất</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại hình</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Tỉnh/thành</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <source>Cooperative</source>
            <translation>Hợp tác xã</translation>
        </message>
        <message>
            <source>Cooperative group</source>
            <translation>Tổ hợp tác</translation>
        </message>
        <message>
            <source>Enterprise</source>
            <translation>Doanh nghiệp</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Hộ sản xuất</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>Cá nhân</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ProductEditorDialog</name>
        <message>
            <source>(unchanged)</source>
            <translation>(giữ nguyên)</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>Thêm sản phẩm</translation>
        </message>
        <message>
            <source>Edit product %1</source>
            <translation>Sửa sản phẩm %1</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Mã hàng</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>By unit</source>
            <translation>Theo đơn vị</translation>
        </message>
        <message>
            <source>By weight (price per kg)</source>
            <translation>Theo cân (giá mỗi kg)</translation>
        </message>
        <message>
            <source>Sold</source>
            <translation>Cách bán</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Nhóm hàng</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Chủ thể OCOP</translation>
        </message>
        <message>
            <source>Consignment</source>
            <translation>Ký gửi</translation>
        </message>
        <message>
            <source>Purchased</source>
            <translation>Mua đứt</translation>
        </message>
        <message>
            <source>Supply</source>
            <translation>Hình thức nhập</translation>
        </message>
        <message>
            <source>Price (VAT included)</source>
            <translation>Giá bán (đã gồm VAT)</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>VAT</translation>
        </message>
        <message>
            <source>Reorder point</source>
            <translation>Mức đặt hàng lại</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Không có</translation>
        </message>
        <message>
            <source>OCOP stars</source>
            <translation>Hạng sao OCOP</translation>
        </message>
        <message>
            <source>Certificate no.</source>
            <translation>Số giấy chứng nhận</translation>
        </message>
        <message>
            <source>Certificate valid until</source>
            <translation>GCN có hiệu lực đến</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <source>Barcodes</source>
            <translation>Mã vạch</translation>
        </message>
        <message>
            <source>Scan or type a barcode</source>
            <translation>Quét hoặc gõ mã vạch</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Thêm</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Scheduled price or VAT change</source>
            <translation>Hẹn ngày đổi giá hoặc VAT</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>giữ nguyên</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <source>New price</source>
            <translation>Giá mới</translation>
        </message>
        <message>
            <source>New VAT</source>
            <translation>VAT mới</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Hẹn đổi</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Save the product first.</source>
            <translation>Hãy lưu sản phẩm trước.</translation>
        </message>
        <message>
            <source>price %1</source>
            <translation>giá %1</translation>
        </message>
        <message>
            <source>VAT %1</source>
            <translation>VAT %1</translation>
        </message>
        <message>
            <source>From %1: %2</source>
            <translation>Từ %1: %2</translation>
        </message>
        <message>
            <source>No change scheduled.</source>
            <translation>Chưa hẹn thay đổi nào.</translation>
        </message>
        <message>
            <source>Not saved:</source>
            <translation>Chưa lưu:</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ProductImport</name>
        <message>
            <source>Importing %1…</source>
            <translation>Đang nhập %1…</translation>
        </message>
        <message>
            <source>Import products</source>
            <translation>Nhập sản phẩm</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <source>Checking and saving %1…</source>
            <translation>Đang kiểm tra và lưu %1…</translation>
        </message>
        <message>
            <source>%1 imported: %2 new product(s), %3 updated.</source>
            <translation>Đã nhập %1: %2 sản phẩm mới, %3 sản phẩm cập nhật.</translation>
        </message>
        <message numerus="yes">
            <source>%1 was not imported (%n problem(s)); nothing was changed.</source>
            <translation>
                <numerusform>Tệp %1 chưa được nhập (%n lỗi); không có gì thay đổi.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::ReceiptEntryModel</name>
        <message>
            <source>Product</source>
            <translation>Sản phẩm</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Mã hàng</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Số lượng</translation>
        </message>
        <message>
            <source>Lot code</source>
            <translation>Số lô</translation>
        </message>
        <message>
            <source>Produced on</source>
            <translation>Ngày sản xuất</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Hạn dùng</translation>
        </message>
        <message>
            <source>Unit cost</source>
            <translation>Giá vốn</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <source>Code of the member household that made this lot. Empty: the household delivering, else the owner.</source>
            <translation>Mã hộ thành viên làm ra lô này. Để trống: hộ đang giao hàng, nếu không thì chủ thể OCOP.</translation>
        </message>
        <message>
            <source>Made by</source>
            <translation>Hộ sản xuất lô</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::StockTableModel</name>
        <message>
            <source>Low stock: at or below the reorder point</source>
            <translation>Sắp hết hàng: bằng hoặc dưới mức đặt hàng lại</translation>
        </message>
        <message>
            <source>Has a lot expiring soon or expired</source>
            <translation>Có lô sắp hoặc đã hết hạn</translation>
        </message>
        <message>
            <source>OCOP certificate expired or expiring soon</source>
            <translation>Giấy chứng nhận OCOP sắp hoặc đã hết hạn</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>Mã hàng</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Nhóm hàng</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Chủ thể OCOP</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Giá bán</translation>
        </message>
        <message>
            <source>On hand</source>
            <translation>Tồn kho</translation>
        </message>
        <message>
            <source>OCOP</source>
            <translation>OCOP</translation>
        </message>
        <message>
            <source>Certificate until</source>
            <translation>GCN đến</translation>
        </message>
        <message>
            <source>Barcodes</source>
            <translation>Mã vạch</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::StocktakeScreen</name>
        <message>
            <source>Book the count</source>
            <translation>Ghi sổ kiểm kê</translation>
        </message>
        <message>
            <source>Stock count</source>
            <translation>Kiểm kê</translation>
        </message>
        <message>
            <source>Scan each item (one scan counts one), or type a product name</source>
            <translation>Quét từng món (mỗi lần quét đếm một) hoặc gõ tên sản phẩm</translation>
        </message>
        <message>
            <source>e.g. end-of-month count, shelf A</source>
            <translation>ví dụ: kiểm kê cuối tháng, kệ A</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Làm lại từ đầu</translation>
        </message>
        <message>
            <source>Count what is on the shelf. Lots you do not count are left as they are.</source>
            <translation>Đếm hàng trên kệ. Lô nào không đếm sẽ giữ nguyên như sổ sách.</translation>
        </message>
        <message>
            <source>%1 has no lot on the book: receive it first.</source>
            <translation>%1 chưa có lô nào trong sổ: hãy nhập hàng trước.</translation>
        </message>
        <message>
            <source>%1, lot %2: counted %3</source>
            <translation>%1, lô %2: đã đếm %3</translation>
        </message>
        <message>
            <source>Nothing counted yet.</source>
            <translation>Chưa đếm món nào.</translation>
        </message>
        <message numerus="yes">
            <source>Count booked: %n lot(s) counted, shrinkage %1, surplus %2.</source>
            <translation>
                <numerusform>Đã ghi sổ kiểm kê: %n lô, hao hụt %1, dư %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Count by lot</source>
            <translation>Đếm theo lô</translation>
        </message>
        <message>
            <source>Count by product</source>
            <translation>Đếm theo sản phẩm</translation>
        </message>
        <message>
            <source>Count each product as a whole: shrinkage comes off the lots that would sell last, a surplus goes to the lot that sells first.</source>
            <translation>Đếm cả sản phẩm một lần: hao hụt trừ vào các lô sẽ bán sau cùng, phần dư cộng vào lô bán trước tiên.</translation>
        </message>
        <message>
            <source>Count each product on the shelf as a whole. Shrinkage comes off the lots that would sell last; products you do not count are left as they are.</source>
            <translation>Đếm từng sản phẩm trên kệ (gộp mọi lô). Hao hụt trừ vào các lô sẽ bán sau cùng; sản phẩm không đếm được giữ nguyên.</translation>
        </message>
        <message>
            <source>%1: counted %2</source>
            <translation>%1: đã đếm %2</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::MovementHistoryDialog</name>
        <message>
            <source>Stock movements of %1</source>
            <translation>Biến động kho của %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt; (%2) · %n movement(s) · on hand now &lt;b&gt;%3&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) · %n lần biến động · tồn hiện tại &lt;b&gt;%3&lt;/b&gt;</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::MovementHistoryModel</name>
        <message>
            <source>Goods receipt</source>
            <translation>Nhập hàng</translation>
        </message>
        <message>
            <source>Sale</source>
            <translation>Bán hàng</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Trả hàng</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>Điều chỉnh</translation>
        </message>
        <message>
            <source>Stock count</source>
            <translation>Kiểm kê</translation>
        </message>
        <message>
            <source>Write-off</source>
            <translation>Xuất huỷ</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Huỷ đơn</translation>
        </message>
        <message>
            <source>Producer: %1</source>
            <translation>Nhà sản xuất: %1</translation>
        </message>
        <message>
            <source>(no lot)</source>
            <translation>(không có lô)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <source>Movement</source>
            <translation>Biến động</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Số lượng</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>Lô</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Chứng từ</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <source>On hand after</source>
            <translation>Tồn sau đó</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::SyncSender</name>
        <message>
            <source>just now</source>
            <translation>vừa xong</translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n phút trước</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>%n giờ trước</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n ngày trước</numerusform>
            </translation>
        </message>
        <message>
            <source>The centre refused this store&apos;s journal: ask the administrator</source>
            <translation>Trung tâm tỉnh từ chối nhật ký của cửa hàng: hãy báo quản trị viên</translation>
        </message>
        <message>
            <source>Synced up to %1, %2</source>
            <translation>Đã gửi về trung tâm đến %1, %2</translation>
        </message>
        <message>
            <source>Not yet synced with the centre</source>
            <translation>Chưa gửi về trung tâm tỉnh</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting</source>
            <translation>
                <numerusform>%n mục chờ gửi</numerusform>
            </translation>
        </message>
        <message>
            <source>centre unreachable</source>
            <translation>không kết nối được trung tâm</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::PrintFailureDialog</name>
        <message>
            <source>Not printed</source>
            <translation>Chưa in được</translation>
        </message>
        <message>
            <source>%1 was not printed.</source>
            <translation>%1 chưa in được.</translation>
        </message>
        <message>
            <source>The sale is recorded. Retry now, or print it later from the receipts screen.</source>
            <translation>Giao dịch đã được ghi nhận. Hãy thử in lại ngay, hoặc in sau từ màn hình hóa đơn.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Thử lại</translation>
        </message>
        <message>
            <source>Print later</source>
            <translation>In sau</translation>
        </message>
        <message>
            <source>Receipt %1</source>
            <translation>Hóa đơn %1</translation>
        </message>
        <message>
            <source>Return slip %1</source>
            <translation>Phiếu trả hàng %1</translation>
        </message>
        <message>
            <source>Void slip %1</source>
            <translation>Phiếu hủy hóa đơn %1</translation>
        </message>
        <message>
            <source>Shift report %1</source>
            <translation>Báo cáo ca %1</translation>
        </message>
        <message>
            <source>Print job %1</source>
            <translation>Lệnh in %1</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::PrinterSection</name>
        <message>
            <source>Receipt printer</source>
            <translation>Máy in hóa đơn</translation>
        </message>
        <message>
            <source>Print the receipt after every sale</source>
            <translation>In hóa đơn sau mỗi lần bán</translation>
        </message>
        <message>
            <source>Open the cash drawer after a sale or return with cash</source>
            <translation>Mở ngăn kéo tiền sau khi bán hoặc trả hàng bằng tiền mặt</translation>
        </message>
        <message>
            <source>Save printer</source>
            <translation>Lưu máy in</translation>
        </message>
        <message>
            <source>Print test page</source>
            <translation>In trang thử</translation>
        </message>
        <message>
            <source>Till</source>
            <translation>Quầy</translation>
        </message>
        <message>
            <source>tcp://192.168.1.50:9100, file:/dev/usb/lp0 or cups:QUEUE (empty: none)</source>
            <translation>tcp://192.168.1.50:9100, file:/dev/usb/lp0 hoặc cups:TÊN_HÀNG_ĐỢI (để trống: không có)</translation>
        </message>
        <message>
            <source>Printer address</source>
            <translation>Địa chỉ máy in</translation>
        </message>
        <message>
            <source>80 mm (576 dots)</source>
            <translation>80 mm (576 điểm)</translation>
        </message>
        <message>
            <source>58 mm (384 dots)</source>
            <translation>58 mm (384 điểm)</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Khổ giấy</translation>
        </message>
        <message>
            <source>This till has no receipt printer now.</source>
            <translation>Quầy này hiện không có máy in hóa đơn.</translation>
        </message>
        <message>
            <source>Printer saved.</source>
            <translation>Đã lưu máy in.</translation>
        </message>
        <message>
            <source>Printer not saved: %1</source>
            <translation>Chưa lưu được máy in: %1</translation>
        </message>
        <message>
            <source>Type the printer&apos;s address first.</source>
            <translation>Hãy nhập địa chỉ máy in trước.</translation>
        </message>
        <message>
            <source>Test page sent to %1.</source>
            <translation>Đã gửi trang thử đến %1.</translation>
        </message>
        <message>
            <source>Test page not printed: %1</source>
            <translation>Không in được trang thử: %1</translation>
        </message>
    </context>
    <context>
        <name>ocopos::ui::EInvoiceBackgroundSender</name>
        <message>
            <source>E-invoices today: %1 accepted</source>
            <translation>Hóa đơn điện tử hôm nay: %1 đã có mã</translation>
        </message>
        <message>
            <source>%1 waiting</source>
            <translation>%1 đang chờ</translation>
        </message>
        <message>
            <source>%1 rejected</source>
            <translation>%1 bị từ chối</translation>
        </message>
    </context>
</TS>
