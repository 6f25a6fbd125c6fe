<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Consultation</source>
        <translation>Lấy ý kiến Nhân dân</translation>
    </message>
    <message>
        <source>Consultation no. %1</source>
        <translation>Cuộc lấy ý kiến số %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>Form used (Art. 26)</source>
        <translation>Hình thức lấy ý kiến (Điều 26)</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>Số ý kiến</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>tiếp thu</translation>
    </message>
    <message>
        <source>explained</source>
        <translation>giải trình</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người góp ý</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nơi</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Tiếp thu, giải trình</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Add &amp;opinion</source>
        <translation>Thêm ý &amp;kiến</translation>
    </message>
    <message>
        <source>Remove opinion</source>
        <translation>Bỏ ý kiến</translation>
    </message>
    <message>
        <source>published</source>
        <translation>đã công khai</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>đã báo cáo</translation>
    </message>
    <message>
        <source>Disclosure record no. %1 (Art. 11 item 11)</source>
        <translation>Bản ghi công khai số %1 (nội dung 11 Điều 11)</translation>
    </message>
    <message>
        <source>&amp;Content (Art. 25)</source>
        <translation>&amp;Nội dung (Điều 25)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>Draft &amp;document</source>
        <translation>&amp;Dự thảo văn bản</translation>
    </message>
    <message>
        <source>Plan to the HĐND and MTTQ</source>
        <translation>Gửi kế hoạch tới HĐND, MTTQ xã</translation>
    </message>
    <message>
        <source>&amp;Published on</source>
        <translation>Ngày &amp;công bố</translation>
    </message>
    <message>
        <source>C&amp;loses on</source>
        <translation>Ngày &amp;kết thúc</translation>
    </message>
    <message>
        <source>Forms and opinions</source>
        <translation>Hình thức và số ý kiến</translation>
    </message>
    <message>
        <source>Opinions answered</source>
        <translation>Ý kiến đã xử lý</translation>
    </message>
    <message>
        <source>Opinions one by one</source>
        <translation>Từng ý kiến</translation>
    </message>
    <message>
        <source>Result published</source>
        <translation>Công khai kết quả</translation>
    </message>
    <message>
        <source>Reported to the HĐND</source>
        <translation>Báo cáo HĐND xã</translation>
    </message>
    <message>
        <source>HĐND session</source>
        <translation>Kỳ họp HĐND</translation>
    </message>
    <message>
        <source>Consulted for (Art. 28.4)</source>
        <translation>Lấy ý kiến theo đề nghị của (khoản 4 Điều 28)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Chưa xử lý</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Tiếp thu</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <source>%1 days from publication: meets the minimum of %2 days (Art. 28(2)).</source>
        <translation>%1 ngày kể từ ngày công bố: bảo đảm tối thiểu %2 ngày (khoản 2 Điều 28).</translation>
    </message>
    <message>
        <source>Only %1 days from publication: at least %2 days are required (Art. 28(2)); the earliest closing day is %3.</source>
        <translation>Chỉ %1 ngày kể từ ngày công bố: phải ít nhất %2 ngày (khoản 2 Điều 28); ngày kết thúc sớm nhất là %3.</translation>
    </message>
</context>
<context>
    <name>ConsultationModel</name>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Content consulted</source>
        <translation>Nội dung lấy ý kiến</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>Số ý kiến</translation>
    </message>
    <message>
        <source>Accepted / explained</source>
        <translation>Tiếp thu / giải trình</translation>
    </message>
    <message>
        <source>Result published</source>
        <translation>Công khai kết quả</translation>
    </message>
    <message>
        <source>Legal checks</source>
        <translation>Kiểm tra theo quy định</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đạt</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <source>Search (accents optional)… Ctrl+F</source>
        <translation>Tìm (gõ có dấu hoặc không dấu)… Ctrl+F</translation>
    </message>
    <message>
        <source>All &amp;years</source>
        <translation>Mọi &amp;năm</translation>
    </message>
    <message>
        <source>All contents</source>
        <translation>Mọi nội dung</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>Mọi kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Any failed check</source>
        <translation>Có nội dung chưa đạt</translation>
    </message>
    <message>
        <source>Taking opinions today</source>
        <translation>Đang lấy ý kiến hôm nay</translation>
    </message>
    <message>
        <source>&amp;New consultation</source>
        <translation>Thê&amp;m cuộc lấy ý kiến</translation>
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
        <source>&amp;Publish result…</source>
        <translation>Công &amp;khai kết quả…</translation>
    </message>
    <message>
        <source>Register to E&amp;xcel</source>
        <translation>Xuất sổ ra E&amp;xcel</translation>
    </message>
    <message>
        <source>%1 consultations shown</source>
        <translation>Hiển thị %1 cuộc lấy ý kiến</translation>
    </message>
    <message>
        <source>new consultation</source>
        <translation>thêm cuộc lấy ý kiến</translation>
    </message>
    <message>
        <source>edit consultation</source>
        <translation>sửa cuộc lấy ý kiến</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete this consultation? Its disclosure record stays. (Ctrl+Z brings it back)</source>
        <translation>Xóa cuộc lấy ý kiến này? Bản ghi công khai kết quả vẫn được giữ. (Ctrl+Z để khôi phục)</translation>
    </message>
    <message>
        <source>delete consultation</source>
        <translation>xóa cuộc lấy ý kiến</translation>
    </message>
    <message>
        <source>publish result</source>
        <translation>công khai kết quả</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the consultations…</source>
        <translation>Đang xuất sổ lấy ý kiến…</translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <source>Consultations</source>
        <translation>Lấy ý kiến Nhân dân</translation>
    </message>
</context>
<context>
    <name>HamletStageModel</name>
    <message>
        <source>Hamlet</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Văn bản hiện hành</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (ngừng sử dụng)</translation>
    </message>
    <message>
        <source>No text yet</source>
        <translation>Chưa có văn bản</translation>
    </message>
</context>
<context>
    <name>VillageRuleDialog</name>
    <message>
        <source>Village rule</source>
        <translation>Hương ước, quy ước</translation>
    </message>
    <message>
        <source>Village rule no. %1</source>
        <translation>Hương ước, quy ước số %1</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (ngừng sử dụng)</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>đã đề xuất</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>đã niêm yết</translation>
    </message>
    <message>
        <source>(not voted yet)</source>
        <translation>(chưa biểu quyết)</translation>
    </message>
    <message>
        <source>voted</source>
        <translation>đã biểu quyết</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>đã quyết định</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>đã từ chối</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Complaint or finding</source>
        <translation>Ngày nhận phản ánh, kiến nghị</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Add &amp;event</source>
        <translation>Thêm &amp;sự kiện</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Bỏ sự kiện</translation>
    </message>
    <message>
        <source>18/11/2026; 18/11/2027</source>
        <translation>18/11/2026; 18/11/2027</translation>
    </message>
    <message>
        <source>&amp;Hamlet</source>
        <translation>&amp;Thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>Households (all, Art. 10)</source>
        <translation>Tổng số hộ (Điều 10)</translation>
    </message>
    <message>
        <source>Proposal (Art. 7)</source>
        <translation>Đề xuất (Điều 7)</translation>
    </message>
    <message>
        <source>Households proposing (≥ 10%)</source>
        <translation>Số hộ đề xuất (≥ 10%)</translation>
    </message>
    <message>
        <source>Drafting team (Art. 8)</source>
        <translation>Tổ soạn thảo (Điều 8)</translation>
    </message>
    <message>
        <source>Draft posted (≥ 30 days, Art. 9)</source>
        <translation>Niêm yết dự thảo (≥ 30 ngày, Điều 9)</translation>
    </message>
    <message>
        <source>Adopted by (Art. 10)</source>
        <translation>Hình thức thông qua (Điều 10)</translation>
    </message>
    <message>
        <source>Adoption day</source>
        <translation>Ngày thông qua</translation>
    </message>
    <message>
        <source>Households present</source>
        <translation>Số hộ dự họp</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>tán thành</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>không tán thành</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>File to the UBND (Form 01)</source>
        <translation>Gửi hồ sơ tới UBND xã (Mẫu 01)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Recognition (Form 03)</source>
        <translation>Quyết định công nhận (Mẫu 03)</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Không công nhận</translation>
    </message>
    <message>
        <source>Sent to hamlet and MTTQ</source>
        <translation>Gửi thôn, MTTQ xã</translation>
    </message>
    <message>
        <source>Suspension, amendment, repeal</source>
        <translation>Tạm ngừng, sửa đổi, bãi bỏ</translation>
    </message>
    <message>
        <source>Annual reviews (18/11)</source>
        <translation>Rà soát hằng năm (18/11)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>Proposal: %1/%2 households (%3 needed, Art. 7) — %4</source>
        <translation>Đề xuất: %1/%2 hộ (cần %3 hộ, Điều 7) — %4</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <source>too few</source>
        <translation>chưa đủ</translation>
    </message>
    <message>
        <source>Meeting: %1/%2 households present — %3</source>
        <translation>Cuộc họp: %1/%2 hộ dự họp — %3</translation>
    </message>
    <message>
        <source>more than half, the meeting may adopt it</source>
        <translation>quá một nửa, cuộc họp được thông qua</translation>
    </message>
    <message>
        <source>not more than half: vote by ballot (Art. 10)</source>
        <translation>không quá một nửa: phải phát phiếu lấy ý kiến (Điều 10)</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Giai đoạn: %1</translation>
    </message>
    <message>
        <source>file to the UBND by %1 (5 working days)</source>
        <translation>gửi hồ sơ tới UBND xã trước hạn %1 (5 ngày làm việc)</translation>
    </message>
    <message>
        <source>recognition by %1 (5 working days)</source>
        <translation>quyết định công nhận trước hạn %1 (5 ngày làm việc)</translation>
    </message>
    <message>
        <source>sent to the hamlet and MTTQ by %1 (2 working days)</source>
        <translation>gửi thôn, MTTQ trước hạn %1 (2 ngày làm việc)</translation>
    </message>
    <message>
        <source>%1 decision by %2</source>
        <translation>%1: quyết định trước hạn %2</translation>
    </message>
</context>
<context>
    <name>VillageRuleModel</name>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Thông qua</translation>
    </message>
    <message>
        <source>Agreeing / households</source>
        <translation>Tán thành / tổng số hộ</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Công nhận</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Hạn tiếp theo</translation>
    </message>
    <message>
        <source>Legal checks</source>
        <translation>Kiểm tra theo quy định</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (ngừng sử dụng)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đạt</translation>
    </message>
</context>
<context>
    <name>VillageRulesPage</name>
    <message>
        <source>Search (accents optional)… Ctrl+F</source>
        <translation>Tìm (gõ có dấu hoặc không dấu)… Ctrl+F</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Mọi giai đoạn</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>Mọi kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Any failed check</source>
        <translation>Có nội dung chưa đạt</translation>
    </message>
    <message>
        <source>Retired hamlets</source>
        <translation>Cả thôn ngừng sử dụng</translation>
    </message>
    <message>
        <source>&amp;New village rule</source>
        <translation>Thê&amp;m hương ước, quy ước</translation>
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
        <source>Form 01: re&amp;quest…</source>
        <translation>Mẫu 01: đề &amp;nghị…</translation>
    </message>
    <message>
        <source>Form 03: re&amp;cognition…</source>
        <translation>Mẫu 03: quyết định &amp;công nhận…</translation>
    </message>
    <message>
        <source>Register to E&amp;xcel</source>
        <translation>Xuất sổ ra E&amp;xcel</translation>
    </message>
    <message>
        <source>Hamlets and their current text</source>
        <translation>Các thôn, tổ dân phố và văn bản hiện hành</translation>
    </message>
    <message>
        <source>All hamlets</source>
        <translation>Mọi thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>%1 texts shown</source>
        <translation>Hiển thị %1 văn bản</translation>
    </message>
    <message>
        <source>%1 of %2 hamlets have a recognised text in force.</source>
        <translation>%1/%2 thôn, tổ dân phố có hương ước, quy ước được công nhận đang có hiệu lực.</translation>
    </message>
    <message>
        <source>Village rules</source>
        <translation>Hương ước, quy ước</translation>
    </message>
    <message>
        <source>Add the hamlets first (Commune › Units, with their households).</source>
        <translation>Hãy khai báo các thôn, tổ dân phố trước (Xã › Danh mục đơn vị, kèm số hộ).</translation>
    </message>
    <message>
        <source>new village rule</source>
        <translation>thêm hương ước, quy ước</translation>
    </message>
    <message>
        <source>edit village rule</source>
        <translation>sửa hương ước, quy ước</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete this village rule? (Ctrl+Z brings it back)</source>
        <translation>Xóa hương ước, quy ước này? (Ctrl+Z để khôi phục)</translation>
    </message>
    <message>
        <source>delete village rule</source>
        <translation>xóa hương ước, quy ước</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the village rules…</source>
        <translation>Đang xuất sổ hương ước, quy ước…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Word document (*.docx)</source>
        <translation>Tài liệu PDF (*.pdf);;Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the form…</source>
        <translation>Đang lập biểu mẫu…</translation>
    </message>
</context>
<context>
    <name>VillageRulesTab</name>
    <message>
        <source>Village rules</source>
        <translation>Hương ước, quy ước</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
</context>
</TS>