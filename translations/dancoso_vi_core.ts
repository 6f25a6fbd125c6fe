<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>CommuneDialog</name>
    <message>
        <source>Commune information</source>
        <translation>Thông tin xã</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Chào mừng</translation>
    </message>
    <message>
        <source>Tell the program once which commune this is. These details are printed in the header, the place-date line and the signature of every document.</source>
        <translation>Hãy cho chương trình biết một lần đây là xã, phường nào. Các thông tin này được in ở phần đầu, dòng địa danh - ngày tháng và phần chữ ký của mọi văn bản.</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>e.g. Lâm Đồng</source>
        <translation>ví dụ: Lâm Đồng</translation>
    </message>
    <message>
        <source>e.g. Bình Lư (without “xã”)</source>
        <translation>ví dụ: Bình Lư (không ghi chữ “xã”)</translation>
    </message>
    <message>
        <source>&amp;Province or city:</source>
        <translation>&amp;Tỉnh, thành phố:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Commune &amp;name:</source>
        <translation>Tê&amp;n xã, phường:</translation>
    </message>
    <message>
        <source>&amp;Place in the date line:</source>
        <translation>Địa &amp;danh ghi ở dòng ngày tháng:</translation>
    </message>
    <message>
        <source>Usual signer</source>
        <translation>Người ký thường xuyên</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn A</source>
        <translation>ví dụ: Nguyễn Văn A</translation>
    </message>
    <message>
        <source>&amp;Authority line:</source>
        <translation>&amp;Quyền hạn ký:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>Enter the province or city.</source>
        <translation>Hãy nhập tỉnh, thành phố.</translation>
    </message>
    <message>
        <source>Enter the commune's name.</source>
        <translation>Hãy nhập tên xã, phường.</translation>
    </message>
    <message>
        <source>Write the name without “xã”, “phường” or “đặc khu”: choose the kind above.</source>
        <translation>Chỉ ghi tên, không ghi “xã”, “phường” hay “đặc khu”: hãy chọn loại ở ô phía trên.</translation>
    </message>
    <message>
        <source>Enter the authority line, e.g. “TM. ỦY BAN NHÂN DÂN”.</source>
        <translation>Hãy nhập quyền hạn ký, ví dụ: “TM. ỦY BAN NHÂN DÂN”.</translation>
    </message>
    <message>
        <source>Enter the signer's title, e.g. “CHỦ TỊCH”.</source>
        <translation>Hãy nhập chức vụ người ký, ví dụ: “CHỦ TỊCH”.</translation>
    </message>
    <message>
        <source>Enter the signer's full name.</source>
        <translation>Hãy nhập họ và tên người ký.</translation>
    </message>
    <message>
        <source>A field is too long (at most %1 characters).</source>
        <translation>Có ô nhập quá dài (tối đa %1 ký tự).</translation>
    </message>
    <message>
        <source>same as the commune's name</source>
        <translation>giống tên xã, phường</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Tên cơ quan in ở phần đầu: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>The program ran into an error</source>
        <translation>Chương trình gặp lỗi</translation>
    </message>
    <message>
        <source>Something went wrong inside the program. Your data saved so far is safe: every change is stored the moment it is made.</source>
        <translation>Chương trình gặp lỗi bên trong. Dữ liệu đã nhập vẫn an toàn: mọi thay đổi đều được lưu ngay khi thực hiện.</translation>
    </message>
    <message>
        <source>Please send the technical details below, or the log file, to your IT staff.</source>
        <translation>Vui lòng gửi thông tin kỹ thuật dưới đây, hoặc tệp nhật ký, cho cán bộ phụ trách công nghệ thông tin.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Tệp nhật ký: %1</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Không ghi được tệp nhật ký.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Sao chép chi tiết</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Commune information…</source>
        <translation>&amp;Thông tin xã, phường…</translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation>&amp;Danh mục đơn vị…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Hoàn tác: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Làm lại: %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi kiến nghị</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Citizens decide</source>
        <translation>Nhân dân bàn, quyết định</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Giám sát, dân chủ nội bộ</translation>
    </message>
    <message>
        <source>Unit returns</source>
        <translation>Báo cáo của đơn vị</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Tổng hợp các xã</translation>
    </message>
    <message>
        <source>No page shows records of this kind yet.</source>
        <translation>Chưa có trang nào hiển thị loại hồ sơ này.</translation>
    </message>
    <message>
        <source>Grassroots democracy</source>
        <translation>Dân chủ ở cơ sở</translation>
    </message>
    <message>
        <source>Commune not set up</source>
        <translation>Chưa khai báo thông tin xã</translation>
    </message>
    <message>
        <source>dancoso_desktop, version %1</source>
        <translation>dancoso_desktop, phiên bản %1</translation>
    </message>
    <message>
        <source>The commune's grassroots-democracy work for the year (Law 10/2022/QH15): the plan, disclosures, inspections and reports.</source>
        <translation>Quản lý việc thực hiện dân chủ ở cơ sở hằng năm của xã, phường (Luật số 10/2022/QH15): kế hoạch, công khai thông tin, kiểm tra và báo cáo.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Some work is still running. Quit anyway?</source>
        <translation>Một công việc vẫn đang chạy. Vẫn thoát?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Grassroots democracy</source>
        <translation>Dân chủ ở cơ sở</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>UnitEditDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>Sửa đơn vị</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>e.g. Thôn Phú Lộc</source>
        <translation>ví dụ: Thôn Phú Lộc</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>Tên &amp;viết tắt:</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>Số &amp;hộ:</translation>
    </message>
    <message>
        <source>Enter the unit's name.</source>
        <translation>Hãy nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters and the short name %2.</source>
        <translation>Tên đơn vị tối đa %1 ký tự, tên viết tắt tối đa %2 ký tự.</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <source>Units of the commune</source>
        <translation>Danh mục đơn vị của xã, phường</translation>
    </message>
    <message>
        <source>Filter (accents not needed)…</source>
        <translation>Lọc (gõ không dấu cũng được)…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Show &amp;retired units</source>
        <translation>Hiện cả đơn vị &amp;ngừng sử dụng</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Thê&amp;m…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Ngừng sử &amp;dụng</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Bring back into &amp;use</source>
        <translation>&amp;Dùng lại</translation>
    </message>
    <message>
        <source>%1 units in use, %2 hamlets with %3 households in all.</source>
        <translation>%1 đơn vị đang dùng; %2 thôn, tổ dân phố với tổng cộng %3 hộ.</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Xóa đơn vị</translation>
    </message>
    <message>
        <source>Delete the unit “%1”?</source>
        <translation>Xóa đơn vị “%1”?</translation>
    </message>
    <message>
        <source>Unit in use</source>
        <translation>Đơn vị đang được sử dụng</translation>
    </message>
    <message>
        <source>Retire “%1” instead?</source>
        <translation>Chuyển “%1” sang ngừng sử dụng?</translation>
    </message>
</context>
<context>
    <name>UnitsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Viết tắt</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Only hamlets and residential groups have a household count.</source>
        <translation>Chỉ thôn, tổ dân phố mới có số hộ.</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ngừng sử dụng</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang sử dụng</translation>
    </message>
</context>
</TS>