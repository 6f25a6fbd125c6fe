<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Reporting duty</source>
        <translation>Nhiệm vụ báo cáo</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Hạn gửi:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>&amp;Người chuẩn bị:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>The deadline is before the cut-off of the figures.</source>
        <translation>Hạn gửi trước ngày chốt số liệu.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue the report</source>
        <translation>Ban hành báo cáo</translation>
    </message>
    <message>
        <source>&amp;Number (…/BC-UBND):</source>
        <translation>&amp;Số (…/BC-UBND):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation>&amp;Người ký:</translation>
    </message>
    <message>
        <source>Issuing freezes the figures and texts; later changes need a new version.</source>
        <translation>Ban hành sẽ chốt cố định số liệu và nội dung; muốn sửa sau đó phải tạo phiên bản mới.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <source>The date of issue is before the cut-off.</source>
        <translation>Ngày ban hành trước ngày chốt số liệu.</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>Lập báo cáo mới</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại báo cáo:</translation>
    </message>
    <message>
        <source>Figures &amp;from:</source>
        <translation>Số liệu &amp;từ ngày:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Kỳ báo cáo kết thúc trước khi bắt đầu.</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>Records counted: %1</source>
        <translation>Các bản ghi được tính: %1</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Mở bản ghi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 bản ghi</translation>
    </message>
</context>
<context>
    <name>ReportModels</name>
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
        <source>Ad hoc</source>
        <translation>Đột xuất</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Nội bộ</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa lập</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>do cán bộ đặt</translation>
    </message>
    <message>
        <source>from the plan</source>
        <translation>theo kế hoạch</translation>
    </message>
    <message>
        <source>province default</source>
        <translation>mặc định của tỉnh</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn gửi</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Nhiệm vụ báo cáo</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Deadline from</source>
        <translation>Nguồn hạn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ số liệu</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Đề mục</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 ký tự</translation>
    </message>
    <message>
        <source>Receives the figures of: %1</source>
        <translation>Nhận số liệu của: %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>Plan content</source>
        <translation>Nội dung kế hoạch</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Report text</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>Report outline</source>
        <translation>Đề cương báo cáo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Set &amp;deadline…</source>
        <translation>Đặt &amp;hạn gửi…</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Lập báo cáo…</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Ban hành…</translation>
    </message>
    <message>
        <source>Mark s&amp;ent…</source>
        <translation>Ghi nhận đã &amp;gửi…</translation>
    </message>
    <message>
        <source>New &amp;version</source>
        <translation>Phiên bản &amp;mới</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xóa dự thảo</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Word (DOCX)…</source>
        <translation>Word (DOCX)…</translation>
    </message>
    <message>
        <source>Annex (XLSX)…</source>
        <translation>Phụ lục số liệu (XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Package to email…</source>
        <translation>&amp;Gói gửi thư điện tử…</translation>
    </message>
    <message>
        <source>Copy email &amp;text</source>
        <translation>Sao chép nội dung &amp;thư</translation>
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
        <source>Move up (Alt+Up)</source>
        <translation>Chuyển lên (Alt+Lên)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Chuyển xuống (Alt+Xuống)</translation>
    </message>
    <message>
        <source>One level up (Alt+Left)</source>
        <translation>Lên một cấp (Alt+Trái)</translation>
    </message>
    <message>
        <source>One level down (Alt+Right)</source>
        <translation>Xuống một cấp (Alt+Phải)</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Lưu làm đề cương mẫu</translation>
    </message>
    <message>
        <source>Import outline…</source>
        <translation>Nhập đề cương từ tệp…</translation>
    </message>
    <message>
        <source>No figures from the records for this heading.</source>
        <translation>Đề mục này không có số liệu lấy từ sổ sách.</translation>
    </message>
    <message>
        <source>Your text for this heading: assessment, tasks, proposals…</source>
        <translation>Nội dung do cán bộ viết cho đề mục này: đánh giá, nhiệm vụ, kiến nghị…</translation>
    </message>
    <message>
        <source>&amp;Save text</source>
        <translation>&amp;Lưu nội dung</translation>
    </message>
    <message>
        <source>Open the &amp;records…</source>
        <translation>Xem các &amp;bản ghi…</translation>
    </message>
    <message>
        <source>Print under this heading / remove</source>
        <translation>In dưới đề mục này / bỏ ra</translation>
    </message>
    <message>
        <source>Adds the selected figure as a line under the heading, or takes it away</source>
        <translation>Thêm chỉ tiêu đang chọn thành một dòng dưới đề mục, hoặc bỏ ra</translation>
    </message>
    <message>
        <source>Show in the annex / leave out</source>
        <translation>Đưa vào phụ lục / bỏ ra</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Lịch báo cáo</translation>
    </message>
    <message>
        <source>Reports of the year</source>
        <translation>Báo cáo trong năm</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Đề cương</translation>
    </message>
    <message>
        <source>From the records:</source>
        <translation>Từ sổ sách:</translation>
    </message>
    <message>
        <source>Your text:</source>
        <translation>Nội dung cán bộ viết:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Reports upward, %1</source>
        <translation>Báo cáo định kỳ năm %1</translation>
    </message>
    <message>
        <source>No report yet for this year: press New report.</source>
        <translation>Năm này chưa có báo cáo: bấm Lập báo cáo.</translation>
    </message>
    <message>
        <source>Draft: the figures are counted from the records now.</source>
        <translation>Dự thảo: số liệu được tính từ sổ sách tại thời điểm này.</translation>
    </message>
    <message>
        <source>Issued as %1 on %2: the figures and texts are frozen.</source>
        <translation>Đã ban hành số %1 ngày %2: số liệu và nội dung đã được chốt.</translation>
    </message>
    <message>
        <source>Text saved.</source>
        <translation>Đã lưu nội dung.</translation>
    </message>
    <message>
        <source>New heading</source>
        <translation>Đề mục mới</translation>
    </message>
    <message>
        <source>Saved as the template of this kind of report.</source>
        <translation>Đã lưu làm đề cương mẫu cho loại báo cáo này.</translation>
    </message>
    <message>
        <source>Import an outline</source>
        <translation>Nhập đề cương</translation>
    </message>
    <message>
        <source>Outline files (*.docx *.pdf *.txt *.md)</source>
        <translation>Tệp đề cương (*.docx *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <source>This line comes from the plan's text: change it in the plan.</source>
        <translation>Dòng này lấy từ nội dung kế hoạch: hãy sửa trong kế hoạch.</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Thư mục để ghi gói báo cáo</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Package written to %1; the email text is on the clipboard.</source>
        <translation>Đã ghi gói báo cáo vào %1; nội dung thư đã được sao chép.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Đã ghi %1</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Đang ghi báo cáo…</translation>
    </message>
    <message>
        <source>The email subject and text are on the clipboard.</source>
        <translation>Tiêu đề và nội dung thư đã được sao chép.</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Report sent</source>
        <translation>Báo cáo đã gửi</translation>
    </message>
    <message>
        <source>&amp;Date sent:</source>
        <translation>&amp;Ngày gửi:</translation>
    </message>
    <message>
        <source>Sent &amp;to:</source>
        <translation>Gửi đế&amp;n:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>