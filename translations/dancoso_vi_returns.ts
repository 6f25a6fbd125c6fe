<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>ChangesModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số TT</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã báo cáo</translation>
    </message>
    <message>
        <source>Take the unit's value</source>
        <translation>Lấy giá trị đơn vị báo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Import %1 returned forms</source>
        <translation>Nhập %1 phiếu báo cáo của đơn vị</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Write the units' forms…</source>
        <translation>Lập phiếu gửi các đơn vị…</translation>
    </message>
    <message>
        <source>Read returned files…</source>
        <translation>Đọc phiếu đơn vị gửi về…</translation>
    </message>
    <message>
        <source>Read a folder…</source>
        <translation>Đọc cả thư mục…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Drop returned files, folders or saved e-mails (.eml) here.</source>
        <translation>Kéo thả vào đây các tệp, thư mục hoặc thư đã lưu (.eml) đơn vị gửi về.</translation>
    </message>
    <message>
        <source>%1/%2 units have returned (%3 on time); due %4.</source>
        <translation>%1/%2 đơn vị đã báo cáo (%3 đúng hạn); hạn %4.</translation>
    </message>
    <message>
        <source>Folder for the forms</source>
        <translation>Thư mục lưu phiếu</translation>
    </message>
    <message>
        <source>%1 forms written to %2.</source>
        <translation>Đã lập %1 phiếu vào %2.</translation>
    </message>
    <message>
        <source>Writing the forms…</source>
        <translation>Đang lập phiếu…</translation>
    </message>
    <message>
        <source>Returned files</source>
        <translation>Phiếu đơn vị gửi về</translation>
    </message>
    <message>
        <source>Spreadsheets and e-mails (*.xlsx *.xlsm *.xls *.ods *.eml)</source>
        <translation>Bảng tính và thư (*.xlsx *.xlsm *.xls *.ods *.eml)</translation>
    </message>
    <message>
        <source>Folder of returned files</source>
        <translation>Thư mục chứa phiếu gửi về</translation>
    </message>
    <message>
        <source>Checking the returned files…</source>
        <translation>Đang kiểm tra các phiếu gửi về…</translation>
    </message>
</context>
<context>
    <name>ReturnsPreviewDialog</name>
    <message>
        <source>Returned files — preview</source>
        <translation>Phiếu đơn vị gửi về — xem trước</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Unit and period</source>
        <translation>Đơn vị và kỳ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Nhận</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Older copy, not used</source>
        <translation>Bản cũ hơn, không dùng</translation>
    </message>
    <message>
        <source>%1 files accepted, %2 refused; %3 changes, %4 conflicts.</source>
        <translation>Nhận %1 tệp, từ chối %2; %3 thay đổi, %4 xung đột.</translation>
    </message>
    <message>
        <source>Take the units' values for every conflict</source>
        <translation>Lấy giá trị đơn vị báo cho mọi xung đột</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Changes (old → new); a conflict keeps the app's value unless you tick it</source>
        <translation>Thay đổi (cũ → mới); ô xung đột giữ giá trị trong chương trình nếu không đánh dấu</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã báo cáo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Số lần gửi</translation>
    </message>
    <message>
        <source>(not expected)</source>
        <translation>(không phải báo cáo)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Rồi</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
</context>
</TS>