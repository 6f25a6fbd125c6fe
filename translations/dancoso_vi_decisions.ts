<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Community decision</source>
        <translation>Quyết định của cộng đồng dân cư</translation>
    </message>
    <message>
        <source>Community decision no. %1</source>
        <translation>Quyết định của cộng đồng dân cư số %1</translation>
    </message>
    <message>
        <source>1. Contributions for infrastructure</source>
        <translation>1. Đóng góp xây dựng cơ sở hạ tầng, công trình công cộng</translation>
    </message>
    <message>
        <source>2. Community funds</source>
        <translation>2. Thu, chi, quản lý các khoản đóng góp, kinh phí của cộng đồng</translation>
    </message>
    <message>
        <source>3. Village rules (hương ước, quy ước)</source>
        <translation>3. Hương ước, quy ước</translation>
    </message>
    <message>
        <source>4. Electing or dismissing the hamlet head</source>
        <translation>4. Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố</translation>
    </message>
    <message>
        <source>5. Electing or dismissing BTTND / BGSĐTCĐ members</source>
        <translation>5. Bầu, cho thôi làm thành viên BTTND, BGSĐTCĐ</translation>
    </message>
    <message>
        <source>6. Other self-managed matters</source>
        <translation>6. Công việc tự quản khác</translation>
    </message>
    <message>
        <source>e.g. Contributions to concrete the hamlet road</source>
        <translation>ví dụ: Đóng góp bê tông hóa đường thôn</translation>
    </message>
    <message>
        <source>One hamlet</source>
        <translation>Một thôn, TDP</translation>
    </message>
    <message>
        <source>Several hamlets</source>
        <translation>Nhiều thôn, TDP</translation>
    </message>
    <message>
        <source>Commune-wide</source>
        <translation>Toàn xã</translation>
    </message>
    <message>
        <source>Hamlet head</source>
        <translation>Trưởng thôn, TDP</translation>
    </message>
    <message>
        <source>Commune UBND</source>
        <translation>UBND xã</translation>
    </message>
    <message>
        <source>Citizens (≥ 10% of households)</source>
        <translation>Công dân (từ 10% số hộ)</translation>
    </message>
    <message>
        <source>Household meeting</source>
        <translation>Họp đại diện hộ gia đình</translation>
    </message>
    <message>
        <source>Household ballot</source>
        <translation>Phát phiếu lấy ý kiến hộ</translation>
    </message>
    <message>
        <source>Online vote (item 6 only)</source>
        <translation>Biểu quyết trực tuyến (chỉ khoản 6)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản cuộc họp</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Bản ghi nhớ</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Bản thỏa thuận</translation>
    </message>
    <message>
        <source>The meeting lacked households (ballot allowed for items 3–5)</source>
        <translation>Cuộc họp không đủ số hộ (được phát phiếu với khoản 3–5)</translation>
    </message>
    <message>
        <source>Proposal agreed</source>
        <translation>Ngày đề xuất</translation>
    </message>
    <message>
        <source> households</source>
        <translation> hộ</translation>
    </message>
    <message>
        <source>Meeting / end of vote</source>
        <translation>Ngày họp / kết thúc biểu quyết</translation>
    </message>
    <message>
        <source>Notice given (form 01)</source>
        <translation>Ngày thông báo (Mẫu 01)</translation>
    </message>
    <message>
        <source>Documents to households</source>
        <translation>Ngày gửi tài liệu đến hộ</translation>
    </message>
    <message>
        <source>Ballot plan issued</source>
        <translation>Ngày ban hành kế hoạch phát phiếu</translation>
    </message>
    <message>
        <source>Ballot plan sent</source>
        <translation>Ngày gửi kế hoạch phát phiếu</translation>
    </message>
    <message>
        <source>Ballot made public</source>
        <translation>Ngày thông báo phát phiếu</translation>
    </message>
    <message>
        <source>Ballots handed out</source>
        <translation>Ngày phát phiếu</translation>
    </message>
    <message>
        <source> households chose online</source>
        <translation> hộ chọn biểu quyết trực tuyến</translation>
    </message>
    <message>
        <source>Decision document</source>
        <translation>Ngày văn bản quyết định</translation>
    </message>
    <message>
        <source>Sent to UBND and MTTQ</source>
        <translation>Ngày gửi UBND, MTTQ xã</translation>
    </message>
    <message>
        <source>Received for recognition</source>
        <translation>Ngày nhận hồ sơ công nhận</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Không cần công nhận</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Chờ công nhận</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <source>Refused with reasons</source>
        <translation>Không công nhận (có lý do)</translation>
    </message>
    <message>
        <source>Recognised / refused on</source>
        <translation>Ngày công nhận / trả lời</translation>
    </message>
    <message>
        <source>&amp;Add hamlet</source>
        <translation>&amp;Thêm thôn</translation>
    </message>
    <message>
        <source>All hamlets</source>
        <translation>Tất cả các thôn</translation>
    </message>
    <message>
        <source>Remove hamlet</source>
        <translation>Bỏ thôn</translation>
    </message>
    <message>
        <source>Hamlet-head election or dismissal (Decree 59 Art. 6–9)</source>
        <translation>Bầu, cho thôi làm Trưởng thôn (NĐ 59 Điều 6–9)</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Bầu cử</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>Cho thôi làm</translation>
    </message>
    <message>
        <source>Decision and plan (≥ 20 days before)</source>
        <translation>Quyết định, kế hoạch (trước ≥ 20 ngày)</translation>
    </message>
    <message>
        <source>Candidate list, form 05 (≥ 15 days)</source>
        <translation>Danh sách ứng cử, Mẫu 05 (trước ≥ 15 ngày)</translation>
    </message>
    <message>
        <source>Election team (≥ 10 days)</source>
        <translation>Thành lập Tổ bầu cử (trước ≥ 10 ngày)</translation>
    </message>
    <message>
        <source>Made public (≥ 7 days)</source>
        <translation>Công bố công khai (trước ≥ 7 ngày)</translation>
    </message>
    <message>
        <source>One candidate a line</source>
        <translation>Mỗi dòng một người ứng cử</translation>
    </message>
    <message>
        <source>Resignation</source>
        <translation>Đơn xin thôi làm</translation>
    </message>
    <message>
        <source>Front committee request</source>
        <translation>Đề nghị của Trưởng ban công tác Mặt trận</translation>
    </message>
    <message>
        <source>Petition of ≥ 50% of households</source>
        <translation>Kiến nghị của từ 50% số hộ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Người ứng cử</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Người trúng cử</translation>
    </message>
    <message>
        <source>Term (years)</source>
        <translation>Nhiệm kỳ (năm)</translation>
    </message>
    <message>
        <source>Dismissal ground</source>
        <translation>Lý do cho thôi làm</translation>
    </message>
    <message>
        <source>Petitioning households</source>
        <translation>Số hộ kiến nghị</translation>
    </message>
    <message>
        <source>Interim head</source>
        <translation>Người tạm thời phụ trách</translation>
    </message>
    <message>
        <source>What was decided (printed in form 03)</source>
        <translation>Nội dung được quyết định (in ở Mẫu 03)</translation>
    </message>
    <message>
        <source>&amp;Matter (Art. 15)</source>
        <translation>&amp;Khoản (Điều 15)</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>Nội dung &amp;bàn</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Đề xuất bởi</translation>
    </message>
    <message>
        <source>Citizens' proposal</source>
        <translation>Đề xuất của công dân</translation>
    </message>
    <message>
        <source>Form (Art. 17)</source>
        <translation>Hình thức (Điều 17)</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Figures per hamlet</source>
        <translation>Số liệu từng thôn</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Đã quyết định</translation>
    </message>
    <message>
        <source>Online pre-poll</source>
        <translation>Thăm dò trực tuyến</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Công nhận</translation>
    </message>
    <message>
        <source>Recognition decision no.</source>
        <translation>Số quyết định công nhận</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Decision and votes</source>
        <translation>&amp;Nội dung và biểu quyết</translation>
    </message>
    <message>
        <source>Da&amp;tes and sending</source>
        <translation>&amp;Thời hạn, gửi kết quả</translation>
    </message>
    <message>
        <source>&amp;Hamlet head</source>
        <translation>Trưởng t&amp;hôn</translation>
    </message>
    <message>
        <source>Enter each hamlet's figures to see the result.</source>
        <translation>Nhập số liệu từng thôn để xem kết quả.</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>Result: the figures are not complete or not possible yet.</source>
        <translation>Kết quả: số liệu chưa đủ hoặc chưa hợp lệ.</translation>
    </message>
    <message>
        <source>notice by %1 (Decree 59 Art. 3.3)</source>
        <translation>thông báo trước %1 (NĐ 59 Điều 3 khoản 3)</translation>
    </message>
    <message>
        <source>ballot plan to the chairs by %1 (Art. 4.2)</source>
        <translation>gửi kế hoạch phát phiếu trước %1 (Điều 4 khoản 2)</translation>
    </message>
    <message>
        <source>ballot made public by %1 (Art. 4.4)</source>
        <translation>thông báo phát phiếu trước %1 (Điều 4 khoản 4)</translation>
    </message>
    <message>
        <source>send to UBND and MTTQ by %1 (5 working days, Law Art. 20)</source>
        <translation>gửi UBND, MTTQ xã trước %1 (05 ngày làm việc, Luật Điều 20)</translation>
    </message>
    <message>
        <source>recognition by %1 (5 working days, Law Art. 21)</source>
        <translation>công nhận trước %1 (05 ngày làm việc, Luật Điều 21)</translation>
    </message>
    <message>
        <source>Deadlines: %1</source>
        <translation>Thời hạn: %1</translation>
    </message>
    <message>
        <source>Checks failed: %1</source>
        <translation>Chưa đạt: %1</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Khoản</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Hamlets</source>
        <translation>Thôn, TDP</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Hạn gửi</translation>
    </message>
    <message>
        <source>Legal checks</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>1. Contributions</source>
        <translation>1. Đóng góp</translation>
    </message>
    <message>
        <source>2. Funds</source>
        <translation>2. Quỹ, kinh phí</translation>
    </message>
    <message>
        <source>3. Village rules</source>
        <translation>3. Hương ước</translation>
    </message>
    <message>
        <source>4. Hamlet head</source>
        <translation>4. Trưởng thôn</translation>
    </message>
    <message>
        <source>5. Board members</source>
        <translation>5. BTTND, BGSĐTCĐ</translation>
    </message>
    <message>
        <source>6. Other</source>
        <translation>6. Việc khác</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Họp</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Phát phiếu</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>chưa có số liệu</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>không đạt</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <source>All &amp;years</source>
        <translation>Mọi &amp;năm</translation>
    </message>
    <message>
        <source>All matters</source>
        <translation>Mọi nội dung</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>Mọi phạm vi</translation>
    </message>
    <message>
        <source>One hamlet</source>
        <translation>Một thôn, TDP</translation>
    </message>
    <message>
        <source>Several hamlets</source>
        <translation>Nhiều thôn, TDP</translation>
    </message>
    <message>
        <source>Commune-wide</source>
        <translation>Toàn xã</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Mọi kết quả</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>Mọi kiểm tra</translation>
    </message>
    <message>
        <source>Search content or hamlet (accents optional)… Ctrl+F</source>
        <translation>Tìm nội dung, thôn (gõ có dấu hoặc không)… Ctrl+F</translation>
    </message>
    <message>
        <source>Form 01: meeting notice</source>
        <translation>Mẫu 01: thông báo cuộc họp</translation>
    </message>
    <message>
        <source>Form 02: count minutes</source>
        <translation>Mẫu 02: biên bản kiểm phiếu</translation>
    </message>
    <message>
        <source>Form 03: the decision</source>
        <translation>Mẫu 03: quyết định của cộng đồng</translation>
    </message>
    <message>
        <source>Form 04: ballot count minutes</source>
        <translation>Mẫu 04: biên bản kiểm phiếu lấy ý kiến hộ</translation>
    </message>
    <message>
        <source>&amp;New decision</source>
        <translation>Thêm &amp;mới</translation>
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
        <source>&amp;Print form…</source>
        <translation>&amp;In mẫu…</translation>
    </message>
    <message>
        <source>Register to E&amp;xcel</source>
        <translation>Sổ ra E&amp;xcel</translation>
    </message>
    <message>
        <source>Hamlet heads (double-click the name to set it)</source>
        <translation>Trưởng thôn, Tổ trưởng TDP (nhấp đúp vào tên để cập nhật)</translation>
    </message>
    <message>
        <source>%1 decisions shown · passed %2 · not passed %3 · not sent in time %4 · recognition overdue %5</source>
        <translation>Hiển thị %1 nội dung · đạt %2 · không đạt %3 · quá hạn gửi %4 · quá hạn công nhận %5</translation>
    </message>
    <message>
        <source>send: %1</source>
        <translation>gửi kết quả: %1</translation>
    </message>
    <message>
        <source>recognise: %1</source>
        <translation>công nhận: %1</translation>
    </message>
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
    <message>
        <source>new community decision</source>
        <translation>thêm quyết định của cộng đồng</translation>
    </message>
    <message>
        <source>edit community decision</source>
        <translation>sửa quyết định của cộng đồng</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete this decision? (Ctrl+Z brings it back)</source>
        <translation>Xóa nội dung này? (Ctrl+Z để lấy lại)</translation>
    </message>
    <message>
        <source>delete community decision</source>
        <translation>xóa quyết định của cộng đồng</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>In mẫu</translation>
    </message>
    <message>
        <source>Select a decision first.</source>
        <translation>Hãy chọn một nội dung trước.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Word document (*.docx)</source>
        <translation>Tài liệu PDF (*.pdf);;Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the form…</source>
        <translation>Đang ghi mẫu…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>Đang xuất sổ…</translation>
    </message>
    <message>
        <source>Citizens decide</source>
        <translation>Nhân dân quyết định</translation>
    </message>
</context>
<context>
    <name>HeadDialog</name>
    <message>
        <source>Head of %1</source>
        <translation>Trưởng thôn của %1</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>Bắt đầu nhiệm kỳ</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Kết thúc nhiệm kỳ</translation>
    </message>
    <message>
        <source>Interim head (appointed while the post is vacant)</source>
        <translation>Người tạm thời phụ trách (khi khuyết Trưởng thôn)</translation>
    </message>
    <message>
        <source>Interim until</source>
        <translation>Tạm thời đến ngày</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
</context>
<context>
    <name>HeadsModel</name>
    <message>
        <source>Hamlet</source>
        <translation>Thôn, TDP</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Trưởng thôn</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Nhiệm kỳ</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>(khuyết)</translation>
    </message>
    <message>
        <source>(interim)</source>
        <translation>(tạm thời)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
</context>
<context>
    <name>VotesModel</name>
    <message>
        <source>Hamlet</source>
        <translation>Thôn, TDP</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Tổng số hộ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Tán thành</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Không tán thành</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Ý kiến khác</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Số cụm</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
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