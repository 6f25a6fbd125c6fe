<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>ConferenceModels</name>
    <message>
        <source>Hamlet</source>
        <translation>Thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>Convocation</source>
        <translation>Triệu tập</translation>
    </message>
    <message>
        <source>Households present</source>
        <translation>Số hộ dự</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Kiến nghị (nhận/trả lời/chuyển)</translation>
    </message>
    <message>
        <source>Result report</source>
        <translation>Báo cáo kết quả</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã tổ chức</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>Dự kiến %1</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Chưa tổ chức</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Số ý kiến</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Work year</source>
        <translation>Năm công tác</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Điều kiện hợp lệ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Kiểm tra 6 tháng tới</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Hợp lệ</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Không đủ 2/3</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Thông qua</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Không thông qua</translation>
    </message>
    <message>
        <source>late</source>
        <translation>chậm</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Số cán bộ</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>Staff count not entered</source>
        <translation>Chưa nhập số cán bộ</translation>
    </message>
    <message>
        <source>Optional (≤ 7 staff)</source>
        <translation>Không bắt buộc (≤ 7 người)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
</context>
<context>
    <name>ConferencesTab</name>
    <message>
        <source>Year-end conferences in the hamlets</source>
        <translation>Hội nghị cuối năm ở thôn, tổ dân phố</translation>
    </message>
    <message>
        <source>Dialogue conference</source>
        <translation>Hội nghị đối thoại</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Hội nghị</translation>
    </message>
</context>
<context>
    <name>DialoguePanel</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Tìm (Ctrl+F)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Ý kiến, câu hỏi</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Người nêu</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Việc tiếp theo</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Thêm ý kiến</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Xóa ý kiến</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Mới</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Chaired by:</source>
        <translation>Chủ trì:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Thành phần:</translation>
    </message>
    <message>
        <source>Number of participants:</source>
        <translation>Số người dự:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Dialogue conferences this year: %1 (at least 1, Art. 32)</source>
        <translation>Hội nghị đối thoại trong năm: %1 (ít nhất 01, Điều 32)</translation>
    </message>
    <message>
        <source>Save dialogue conference</source>
        <translation>Lưu hội nghị đối thoại</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete this dialogue conference?</source>
        <translation>Xóa hội nghị đối thoại này?</translation>
    </message>
    <message>
        <source>Delete dialogue conference</source>
        <translation>Xóa hội nghị đối thoại</translation>
    </message>
</context>
<context>
    <name>DisclosureScope</name>
    <message>
        <source>Public and internal</source>
        <translation>Công khai với Nhân dân và nội bộ</translation>
    </message>
    <message>
        <source>Public (Art. 11)</source>
        <translation>Công khai với Nhân dân (Điều 11)</translation>
    </message>
    <message>
        <source>Internal (Art. 46)</source>
        <translation>Công khai nội bộ (Điều 46)</translation>
    </message>
    <message>
        <source>Public (Art. 11–14)</source>
        <translation>Công khai với Nhân dân (Điều 11–14)</translation>
    </message>
    <message>
        <source>Internal, to the staff (Art. 46–48)</source>
        <translation>Công khai nội bộ cơ quan (Điều 46–48)</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Phạm vi:</translation>
    </message>
</context>
<context>
    <name>StaffConferenceTab</name>
    <message>
        <source>The union executive</source>
        <translation>Ban Chấp hành công đoàn</translation>
    </message>
    <message>
        <source>The head of the agency</source>
        <translation>Người đứng đầu cơ quan</translation>
    </message>
    <message>
        <source>At least 1/3 of the staff</source>
        <translation>Ít nhất 1/3 tổng số cán bộ</translation>
    </message>
    <message>
        <source>The head's report</source>
        <translation>Báo cáo của người đứng đầu</translation>
    </message>
    <message>
        <source>The union's report</source>
        <translation>Báo cáo của công đoàn</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Thảo luận</translation>
    </message>
    <message>
        <source>Answers and agreed measures</source>
        <translation>Giải trình, thống nhất biện pháp</translation>
    </message>
    <message>
        <source>The BTTND's report</source>
        <translation>Báo cáo của Ban Thanh tra nhân dân</translation>
    </message>
    <message>
        <source>Decisions on the Art. 49 matters</source>
        <translation>Quyết định nội dung thuộc Điều 49</translation>
    </message>
    <message>
        <source>Awards and the emulation launch</source>
        <translation>Khen thưởng, phát động thi đua</translation>
    </message>
    <message>
        <source>The emulation pact signed</source>
        <translation>Ký giao ước thi đua</translation>
    </message>
    <message>
        <source>Adoption of the resolution</source>
        <translation>Thông qua nghị quyết</translation>
    </message>
    <message>
        <source>Set staff count</source>
        <translation>Cập nhật số cán bộ</translation>
    </message>
    <message>
        <source>Staff per unit</source>
        <translation>Số cán bộ của từng đơn vị</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>Số cán bộ:</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Tìm (Ctrl+F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <source>Review running</source>
        <translation>Đang theo dõi</translation>
    </message>
    <message>
        <source>Conferences held this year</source>
        <translation>Hội nghị họp trong năm</translation>
    </message>
    <message>
        <source>Order of business (Art. 51.4)</source>
        <translation>Trình tự hội nghị (khoản 4 Điều 51)</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Ngày kiểm tra</translation>
    </message>
    <message>
        <source>Told all staff</source>
        <translation>Đã thông báo toàn thể</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Work year reviewed:</source>
        <translation>Tổng kết năm công tác:</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Ngày họp:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>From – to:</source>
        <translation>Từ – đến:</translation>
    </message>
    <message>
        <source>Called by:</source>
        <translation>Triệu tập:</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Chủ trì:</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>Thư ký:</translation>
    </message>
    <message>
        <source>Total staff:</source>
        <translation>Tổng số cán bộ:</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Có mặt:</translation>
    </message>
    <message>
        <source>Absent with reason:</source>
        <translation>Vắng có lý do:</translation>
    </message>
    <message>
        <source>Votes for the resolution:</source>
        <translation>Tán thành nghị quyết:</translation>
    </message>
    <message>
        <source>Against:</source>
        <translation>Không tán thành:</translation>
    </message>
    <message>
        <source>Abstained:</source>
        <translation>Không biểu quyết:</translation>
    </message>
    <message>
        <source>Discussion:</source>
        <translation>Thảo luận:</translation>
    </message>
    <message>
        <source>Resolution number:</source>
        <translation>Số nghị quyết:</translation>
    </message>
    <message>
        <source>Resolution date:</source>
        <translation>Ngày nghị quyết:</translation>
    </message>
    <message>
        <source>Resolution content:</source>
        <translation>Nội dung nghị quyết:</translation>
    </message>
    <message>
        <source>6-month reviews of the resolution (Art. 52.3)</source>
        <translation>Kiểm tra 6 tháng thực hiện nghị quyết (khoản 3 Điều 52)</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Kiểm tra:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Thông báo:</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>Thêm lần kiểm tra</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Mới</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <source>Set the staff of %1</source>
        <translation>Cập nhật số cán bộ của %1</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2 needed (2/3, Art. 51.2) – %3</source>
        <translation>Cần ít nhất %1/%2 người dự (2/3, khoản 2 Điều 51) – %3</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>không hợp lệ</translation>
    </message>
    <message>
        <source>Resolution: %1 votes needed (more than half of %2 present); %3% for – %4</source>
        <translation>Nghị quyết: cần %1 phiếu (trên một nửa của %2 người dự); tán thành %3% – %4</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>thông qua</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>không thông qua</translation>
    </message>
    <message>
        <source>Due by %1 (3 months after the work year, Art. 51.1)</source>
        <translation>Hạn chót %1 (03 tháng sau năm công tác, khoản 1 Điều 51)</translation>
    </message>
    <message>
        <source>optional: 7 staff or fewer</source>
        <translation>không bắt buộc: từ 7 người trở xuống</translation>
    </message>
    <message>
        <source>No review yet.</source>
        <translation>Chưa kiểm tra lần nào.</translation>
    </message>
    <message>
        <source>Both reviews done.</source>
        <translation>Đã kiểm tra đủ 2 lần.</translation>
    </message>
    <message>
        <source>Next review due %1</source>
        <translation>Lần kiểm tra tới: hạn %1</translation>
    </message>
    <message>
        <source>Save staff conference</source>
        <translation>Lưu hội nghị cán bộ</translation>
    </message>
    <message>
        <source>Enter the date of the review.</source>
        <translation>Hãy nhập ngày kiểm tra.</translation>
    </message>
    <message>
        <source>Add resolution review</source>
        <translation>Thêm lần kiểm tra nghị quyết</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete this staff conference and its reviews?</source>
        <translation>Xóa hội nghị cán bộ này cùng các lần kiểm tra?</translation>
    </message>
    <message>
        <source>Delete staff conference</source>
        <translation>Xóa hội nghị cán bộ</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Select a conference first.</source>
        <translation>Hãy chọn một hội nghị trước.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Đã ghi %1</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Đang ghi văn bản…</translation>
    </message>
    <message>
        <source>Staff conference</source>
        <translation>Hội nghị cán bộ, công chức</translation>
    </message>
</context>
<context>
    <name>YearEndPanel</name>
    <message>
        <source>Search hamlets (Ctrl+F)</source>
        <translation>Tìm thôn (Ctrl+F)</translation>
    </message>
    <message>
        <source>All hamlets</source>
        <translation>Tất cả thôn</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã tổ chức</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Chưa tổ chức</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Clear record</source>
        <translation>Xóa bản ghi</translation>
    </message>
    <message>
        <source>Hamlet:</source>
        <translation>Thôn:</translation>
    </message>
    <message>
        <source>Plan to UBND, MTTQ, BTTND:</source>
        <translation>Kế hoạch gửi UBND, MTTQ, BTTND:</translation>
    </message>
    <message>
        <source>Planned date:</source>
        <translation>Ngày dự kiến:</translation>
    </message>
    <message>
        <source>Convocation (≥ 5 days before):</source>
        <translation>Triệu tập (trước ít nhất 05 ngày):</translation>
    </message>
    <message>
        <source>Conference:</source>
        <translation>Hội nghị:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Households invited:</source>
        <translation>Số hộ được mời:</translation>
    </message>
    <message>
        <source>Households present:</source>
        <translation>Số hộ dự:</translation>
    </message>
    <message>
        <source>Proposals received:</source>
        <translation>Kiến nghị nhận được:</translation>
    </message>
    <message>
        <source>Answered on the spot:</source>
        <translation>Trả lời tại hội nghị:</translation>
    </message>
    <message>
        <source>Forwarded to the commune:</source>
        <translation>Chuyển cấp xã:</translation>
    </message>
    <message>
        <source>Result report:</source>
        <translation>Báo cáo kết quả:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Held: %1 of %2 hamlets</source>
        <translation>Đã tổ chức: %1/%2 thôn</translation>
    </message>
    <message>
        <source>Convocation due by %1</source>
        <translation>Hạn triệu tập: %1</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>late (fewer than 5 days before)</source>
        <translation>chậm (chưa đủ 05 ngày trước hội nghị)</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>chưa triệu tập</translation>
    </message>
    <message>
        <source>Attendance %1%</source>
        <translation>Tỷ lệ hộ dự %1%</translation>
    </message>
    <message>
        <source>Save year-end conference of %1</source>
        <translation>Lưu hội nghị cuối năm của %1</translation>
    </message>
    <message>
        <source>Clear year-end conference of %1</source>
        <translation>Xóa hội nghị cuối năm của %1</translation>
    </message>
</context>
</TS>