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
    <name>CommunesModel</name>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>To look at</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Chưa nhận</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
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
    <name>RollupPage</name>
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
        <source>Import packages (folder)…</source>
        <translation>Nhập gói báo cáo (thư mục)…</translation>
    </message>
    <message>
        <source>Import .zip files…</source>
        <translation>Nhập tệp .zip…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Xuất XLSX…</translation>
    </message>
    <message>
        <source>Report draft (PDF)…</source>
        <translation>Dự thảo báo cáo (PDF)…</translation>
    </message>
    <message>
        <source>Report draft (DOCX)…</source>
        <translation>Dự thảo báo cáo (DOCX)…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Packages skipped by the last import, with the reason, appear here.</source>
        <translation>Các gói bị bỏ qua ở lần nhập gần nhất, kèm lý do, hiện ở đây.</translation>
    </message>
    <message>
        <source>Received %1/%2 communes (%3 late, %4 missing); due %5; %6 to look at.</source>
        <translation>Đã nhận %1/%2 xã (%3 trễ hạn, %4 chưa gửi); hạn %5; %6 xã cần xem lại.</translation>
    </message>
    <message>
        <source>Folder of report packages</source>
        <translation>Thư mục chứa gói báo cáo</translation>
    </message>
    <message>
        <source>Report packages</source>
        <translation>Gói báo cáo</translation>
    </message>
    <message>
        <source>Importing report packages…</source>
        <translation>Đang nhập gói báo cáo…</translation>
    </message>
    <message>
        <source>Imported %1 packages; skipped %2.</source>
        <translation>Đã nhập %1 gói; bỏ qua %2.</translation>
    </message>
    <message>
        <source>Export the roll-up</source>
        <translation>Xuất bảng tổng hợp</translation>
    </message>
    <message>
        <source>Exporting the roll-up…</source>
        <translation>Đang xuất bảng tổng hợp…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <source>Receiving office (roll-up of communes' reports)</source>
        <translation>Cơ quan tổng hợp (tổng hợp báo cáo của các xã)</translation>
    </message>
    <message>
        <source>The roll-up page is hidden the next time the window opens.</source>
        <translation>Trang tổng hợp sẽ ẩn từ lần mở cửa sổ sau.</translation>
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
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Số lần gửi</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
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
<context>
    <name>TotalsModel</name>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Số xã</translation>
    </message>
</context>
</TS>