<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>ChannelTable</name>
    <message>
        <source>Channel (Art. 12.1)</source>
        <translation>Hình thức (khoản 1 Điều 12)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Nơi công khai</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <source>where it was disclosed</source>
        <translation>nơi niêm yết, công khai</translation>
    </message>
</context>
<context>
    <name>DisclosuresPage</name>
    <message>
        <source>Exporting the register… %1 of %2 rows</source>
        <translation>Đang xuất sổ theo dõi… %1 / %2 dòng</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>All &amp;years</source>
        <translation>Tất cả các &amp;năm</translation>
    </message>
    <message>
        <source>All contents</source>
        <translation>Mọi nội dung</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>Đã công khai</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>Mọi kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Still posted today</source>
        <translation>Đang niêm yết hôm nay</translation>
    </message>
    <message>
        <source>Search (accents optional)… Ctrl+F</source>
        <translation>Tìm (gõ có dấu hoặc không dấu)… Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Thêm bản ghi</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Register to E&amp;xcel</source>
        <translation>Sổ ra E&amp;xcel</translation>
    </message>
    <message>
        <source>Register to &amp;PDF</source>
        <translation>Sổ ra &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Quarterly list…</source>
        <translation>&amp;Danh mục quý…</translation>
    </message>
    <message>
        <source>Day s&amp;waps…</source>
        <translation>Ngày làm &amp;bù…</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Sổ theo dõi</translation>
    </message>
    <message>
        <source>Disclosure plan</source>
        <translation>Kế hoạch công khai</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>%1 records shown · late %2 · posting too short %3 · radio too short %4 · no evidence %5 · overdue %6 · still posted today %7</source>
        <translation>%1 bản ghi · chậm %2 · niêm yết chưa đủ %3 · truyền thanh chưa đủ %4 · thiếu minh chứng %5 · quá hạn %6 · đang niêm yết %7</translation>
    </message>
    <message>
        <source>new disclosure record</source>
        <translation>thêm bản ghi công khai</translation>
    </message>
    <message>
        <source>edit disclosure record</source>
        <translation>sửa bản ghi công khai</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete this disclosure record? (Ctrl+Z brings it back)</source>
        <translation>Xóa bản ghi công khai này? (Ctrl+Z để lấy lại)</translation>
    </message>
    <message>
        <source>delete disclosure record</source>
        <translation>xóa bản ghi công khai</translation>
    </message>
    <message>
        <source>%1 recurring duties added to the plan of %2.</source>
        <translation>Đã thêm %1 nhiệm vụ định kỳ vào kế hoạch năm %2.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>Đang xuất sổ theo dõi…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Word document (*.docx)</source>
        <translation>Tài liệu PDF (*.pdf);;Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the quarterly list…</source>
        <translation>Đang lập danh mục quý…</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>Quá hạn từ %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <source>Nothing due this week.</source>
        <translation>Tuần này không có việc đến hạn.</translation>
    </message>
    <message>
        <source>Due this week / overdue (%1 overdue)</source>
        <translation>Đến hạn trong tuần / quá hạn (%1 quá hạn)</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>What is disclosed</source>
        <translation>Thông tin công khai</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>&amp;Generate recurring duties</source>
        <translation>&amp;Tạo nhiệm vụ định kỳ</translation>
    </message>
    <message>
        <source>Budget reports, permanent postings of items 4 and 13, and the quarterly lists (Art. 13, 14)</source>
        <translation>Công khai ngân sách, niêm yết thường xuyên nội dung 4 và 13, danh mục hằng quý (Điều 13, 14)</translation>
    </message>
    <message>
        <source>posted permanently</source>
        <translation>niêm yết thường xuyên</translation>
    </message>
    <message>
        <source>posted %1 days</source>
        <translation>niêm yết %1 ngày</translation>
    </message>
    <message>
        <source>radio %1 days</source>
        <translation>truyền thanh %1 ngày</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <source>Plan %1: %2 items, %3 done, %4 overdue.</source>
        <translation>Kế hoạch năm %1: %2 nội dung, %3 đã thực hiện, %4 quá hạn.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Disclosure record</source>
        <translation>Bản ghi công khai</translation>
    </message>
    <message>
        <source>Disclosure record no. %1</source>
        <translation>Bản ghi công khai số %1</translation>
    </message>
    <message>
        <source>e.g. List of poor households for 2026</source>
        <translation>ví dụ: Danh sách hộ nghèo năm 2026</translation>
    </message>
    <message>
        <source>e.g. Decision no. 12/QĐ-UBND</source>
        <translation>ví dụ: Quyết định số 12/QĐ-UBND</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Dự kiến công khai</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>Đã công khai</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không chọn)</translation>
    </message>
    <message>
        <source>&amp;Add channel</source>
        <translation>Thêm &amp;hình thức</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Bỏ hình thức</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>Thêm &amp;minh chứng…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Content (Art. 11):</source>
        <translation>&amp;Nội dung (Điều 11):</translation>
    </message>
    <message>
        <source>&amp;Information disclosed:</source>
        <translation>&amp;Thông tin công khai:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>Responsible &amp;unit:</source>
        <translation>Đơn vị &amp;phụ trách:</translation>
    </message>
    <message>
        <source>Channels, places and times:</source>
        <translation>Hình thức, nơi và thời gian công khai:</translation>
    </message>
    <message>
        <source>Evidence (photo of the notice, radio log, minutes):</source>
        <translation>Minh chứng (ảnh niêm yết, nhật ký truyền thanh, biên bản):</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>The file “%1” was not found.</source>
        <translation>Không tìm thấy tệp “%1”.</translation>
    </message>
    <message>
        <source>The file “%1” is too large (at most %2 MB).</source>
        <translation>Tệp “%1” quá lớn (tối đa %2 MB).</translation>
    </message>
    <message>
        <source>%1 (new, copied on saving)</source>
        <translation>%1 (mới, sẽ sao chép khi lưu)</translation>
    </message>
    <message>
        <source>Disclose by %1 (5 working days after the decision, Art. 12.3).</source>
        <translation>Hạn công khai: %1 (05 ngày làm việc sau khi ban hành, khoản 3 Điều 12).</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Information disclosed</source>
        <translation>Thông tin công khai</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>Đã công khai</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Legal checks</source>
        <translation>Kiểm tra theo luật</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Công khai chậm</translation>
    </message>
    <message>
        <source>Posting too short</source>
        <translation>Niêm yết chưa đủ</translation>
    </message>
    <message>
        <source>Radio too short</source>
        <translation>Truyền thanh chưa đủ</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Thiếu minh chứng</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>thường xuyên</translation>
    </message>
    <message>
        <source>still posted</source>
        <translation>đang niêm yết</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đạt</translation>
    </message>
</context>
<context>
    <name>SwapsDialog</name>
    <message>
        <source>Working-day swaps</source>
        <translation>Hoán đổi ngày làm việc</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>Ngày làm bù</translation>
    </message>
    <message>
        <source>e.g. Decision of the Prime Minister on the 2027 Tết holiday</source>
        <translation>ví dụ: Thông báo nghỉ Tết Nguyên đán 2027</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Public holidays, Tết and the Hùng Kings' day are known. Add here the day swaps announced each year.</source>
        <translation>Chương trình đã có các ngày lễ, Tết và Giỗ Tổ Hùng Vương. Thêm ở đây các ngày nghỉ, ngày làm bù được thông báo hằng năm.</translation>
    </message>
    <message>
        <source>Off %1, work %2</source>
        <translation>Nghỉ %1, làm bù %2</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Choose evidence files</source>
        <translation>Chọn tệp minh chứng</translation>
    </message>
</context>
</TS>