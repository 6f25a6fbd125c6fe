<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>BoardsTab</name>
    <message>
        <source>BTTND</source>
        <translation>BTTND xã</translation>
    </message>
    <message>
        <source>Agency BTTND</source>
        <translation>BTTND cơ quan</translation>
    </message>
    <message>
        <source>BGSĐTCĐ</source>
        <translation>BGSĐTCĐ</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Nhiệm kỳ</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>Thêm Ban</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Xóa Ban</translation>
    </message>
    <message>
        <source>Board and members</source>
        <translation>Ban và thành viên</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kiểm tra, giám sát</translation>
    </message>
    <message>
        <source>Programmes and reports</source>
        <translation>Kế hoạch và báo cáo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Project supervised</source>
        <translation>Dự án được giám sát</translation>
    </message>
    <message>
        <source>VND, digits only</source>
        <translation>đồng, chỉ nhập số</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Chủ đầu tư</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>Notice to the investor</source>
        <translation>Thông báo chủ đầu tư</translation>
    </message>
    <message>
        <source>Staff of the agency</source>
        <translation>Số cán bộ, công chức của cơ quan</translation>
    </message>
    <message>
        <source>Dissolved or ended on</source>
        <translation>Giải thể, kết thúc ngày</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <source>Update member</source>
        <translation>Sửa thành viên</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Bỏ thành viên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Works for</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>Post in the agency</source>
        <translation>Chức vụ trong cơ quan</translation>
    </message>
    <message>
        <source>Save board</source>
        <translation>Lưu Ban</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>Investor notice (45 days, Law Art. 45): %1 by %2</source>
        <translation>Thông báo chủ đầu tư (trước 45 ngày, Điều 45 Luật 10/2022): %1, hạn %2</translation>
    </message>
    <message>
        <source>The project value must be a whole number of VND.</source>
        <translation>Giá trị dự án phải là số đồng nguyên.</translation>
    </message>
    <message>
        <source>Enter the member's name.</source>
        <translation>Hãy nhập họ tên thành viên.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Xác minh</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Plan sent</source>
        <translation>Gửi kế hoạch</translation>
    </message>
    <message>
        <source>Notice (5 working days)</source>
        <translation>Hạn gửi kế hoạch</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Đã gửi ngày</translation>
    </message>
    <message>
        <source>Minutes confirmed by the MTTQ</source>
        <translation>Biên bản đã được Ủy ban MTTQ xác nhận</translation>
    </message>
    <message>
        <source>New check</source>
        <translation>Thêm cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Save check</source>
        <translation>Lưu cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Delete check</source>
        <translation>Xóa cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Plan sent to MTTQ, UBND, target</source>
        <translation>Gửi kế hoạch cho MTTQ, Chủ tịch UBND, đối tượng</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Send the plan by %1 (5 working days before, Decree 59 Art. 14): %2</source>
        <translation>Gửi kế hoạch chậm nhất %1 (trước 05 ngày làm việc, Điều 14 Nghị định 59/2023): %2</translation>
    </message>
    <message>
        <source>Save the board first.</source>
        <translation>Hãy lưu Ban trước.</translation>
    </message>
    <message>
        <source>Write what is checked.</source>
        <translation>Hãy nhập nội dung kiểm tra, giám sát.</translation>
    </message>
    <message>
        <source>The plan cannot be sent after the check.</source>
        <translation>Không thể gửi kế hoạch sau ngày kiểm tra.</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình, kế hoạch</translation>
    </message>
    <message>
        <source>Report to the MTTQ</source>
        <translation>Báo cáo gửi Ủy ban MTTQ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên văn bản</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Aims, contents, time, funds, organisation (Decree 59 Art. 14)</source>
        <translation>Mục đích, yêu cầu, nội dung, thời gian, kinh phí, tổ chức thực hiện (Điều 14 Nghị định 59/2023)</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Thêm văn bản</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Lưu văn bản</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Xóa văn bản</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Works for</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>Post in the agency</source>
        <translation>Chức vụ trong cơ quan</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Trưởng ban</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>Phó Trưởng ban</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ủy viên</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message>
        <source>Head of the agency</source>
        <translation>Người đứng đầu cơ quan</translation>
    </message>
    <message>
        <source>Deputy head of the agency</source>
        <translation>Cấp phó của người đứng đầu</translation>
    </message>
    <message>
        <source>Chief accountant</source>
        <translation>Kế toán trưởng</translation>
    </message>
</context>
<context>
    <name>PetitionsTab</name>
    <message>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Denunciation</source>
        <translation>Tố cáo</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>Citizen reception</source>
        <translation>Tiếp công dân</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Đơn, thư</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>Hòm thư góp ý</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>Portal, social network</source>
        <translation>Cổng thông tin, mạng xã hội</translation>
    </message>
    <message>
        <source>Through the BTTND</source>
        <translation>Qua Ban TTND</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Chưa khảo sát</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Chưa hài lòng</translation>
    </message>
    <message>
        <source>Search petitions (with or without tone marks)</source>
        <translation>Tìm đơn thư (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Đơn vị xử lý</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Mức độ hài lòng</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Đặt hạn</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả giải quyết</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 dòng</translation>
    </message>
    <message>
        <source>Answer by %1: %2</source>
        <translation>Trả lời trước %1: %2</translation>
    </message>
    <message>
        <source>No answer date set.</source>
        <translation>Chưa đặt hạn trả lời.</translation>
    </message>
    <message>
        <source>Write what the citizen asks.</source>
        <translation>Hãy nhập nội dung đơn thư.</translation>
    </message>
    <message>
        <source>Save petition</source>
        <translation>Lưu đơn thư</translation>
    </message>
    <message>
        <source>Delete petition</source>
        <translation>Xóa đơn thư</translation>
    </message>
</context>
<context>
    <name>RecommendationsTab</name>
    <message>
        <source>Search recommendations (with or without tone marks)</source>
        <translation>Tìm kiến nghị (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>All boards</source>
        <translation>Tất cả các Ban</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>The year's checks, recommendations, petitions and members (XLSX)</source>
        <translation>Các cuộc kiểm tra, kiến nghị, đơn thư và thành viên các Ban trong năm (XLSX)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Ban</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Ngày trả lời</translation>
    </message>
    <message>
        <source>15-day clock</source>
        <translation>Hạn 15 ngày</translation>
    </message>
    <message>
        <source>What the board recommends</source>
        <translation>Nội dung Ban kiến nghị</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>Đã trả lời ngày</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>After the check</source>
        <translation>Sau cuộc kiểm tra</translation>
    </message>
    <message>
        <source>UBND received it on</source>
        <translation>Ngày UBND nhận</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Nội dung trả lời</translation>
    </message>
    <message>
        <source>%1 shown · %2 overdue</source>
        <translation>%1 dòng · %2 quá hạn</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>The UBND must reply by %1 (15 days, Law Art. 40): %2</source>
        <translation>UBND xã phải trả lời chậm nhất %1 (15 ngày, Điều 40 Luật 10/2022): %2</translation>
    </message>
    <message>
        <source>Add a board first (tab Boards).</source>
        <translation>Hãy thêm Ban trước (thẻ Các Ban).</translation>
    </message>
    <message>
        <source>Write the recommendation.</source>
        <translation>Hãy nhập nội dung kiến nghị.</translation>
    </message>
    <message>
        <source>Save recommendation</source>
        <translation>Lưu kiến nghị</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>Xóa kiến nghị</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Đã ghi %1</translation>
    </message>
    <message>
        <source>Exporting the supervision registers…</source>
        <translation>Đang xuất sổ theo dõi kiểm tra, giám sát…</translation>
    </message>
</context>
<context>
    <name>SupervisionTabs</name>
    <message>
        <source>Boards</source>
        <translation>Các Ban</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>Tiếp công dân, đơn thư</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Commune BTTND</source>
        <translation>Ban Thanh tra nhân dân xã</translation>
    </message>
    <message>
        <source>Agency BTTND</source>
        <translation>BTTND cơ quan</translation>
    </message>
    <message>
        <source>Investment supervision board</source>
        <translation>Ban Giám sát đầu tư của cộng đồng</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị</translation>
    </message>
</context>
</TS>