<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>DoneDialog</name>
    <message>
        <source>Recommendation done</source>
        <translation>Hoàn thành kiến nghị</translation>
    </message>
    <message>
        <source>How was it done? (required)</source>
        <translation>Đã thực hiện như thế nào? (bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;Date done:</source>
        <translation>&amp;Ngày hoàn thành:</translation>
    </message>
    <message>
        <source>&amp;How it was done:</source>
        <translation>&amp;Kết quả thực hiện:</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Đánh dấu hoàn thành</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>A recommendation cannot be closed without a note on how it was done.</source>
        <translation>Không thể kết thúc kiến nghị khi chưa ghi kết quả thực hiện.</translation>
    </message>
</context>
<context>
    <name>FollowupPage</name>
    <message>
        <source>Recommendation: %1</source>
        <translation>Kiến nghị: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi kiến nghị</translation>
    </message>
    <message>
        <source>Recommendations after inspections (overdue first)</source>
        <translation>Kiến nghị sau kiểm tra (quá hạn xếp trước)</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F): unit, recommendation…</source>
        <translation>Lọc (Ctrl+F): đơn vị, nội dung kiến nghị…</translation>
    </message>
    <message>
        <source>Show &amp;done ones too</source>
        <translation>Hiện cả kiến nghị đã &amp;hoàn thành</translation>
    </message>
    <message>
        <source>Mark &amp;in progress</source>
        <translation>Đánh dấu đang &amp;thực hiện</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Đánh dấu &amp;hoàn thành…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Mở lại</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>%1 chưa xong, %2 quá hạn</translation>
    </message>
</context>
<context>
    <name>InspectionModels</name>
    <message>
        <source>Not answered</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Đang lập</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Plan section</source>
        <translation>Mục kế hoạch</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>Recorded (draft)</source>
        <translation>Đang lập biên bản</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Inspected unit</source>
        <translation>Đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>Ngày kiểm tra</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>InspectionTables</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Inspections</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F): unit, decision…</source>
        <translation>Lọc (Ctrl+F): đơn vị, quyết định…</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;Lập biên bản mới…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Minutes &amp;PDF…</source>
        <translation>Biên bản &amp;PDF…</translation>
    </message>
    <message>
        <source>Minutes &amp;Word…</source>
        <translation>Biên bản &amp;Word…</translation>
    </message>
    <message>
        <source>E&amp;xcel summary…</source>
        <translation>Tổng hợp E&amp;xcel…</translation>
    </message>
    <message>
        <source>Checklist &amp;templates…</source>
        <translation>&amp;Mẫu tiêu chí…</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Mẫu tiêu chí:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Biên bản kiểm tra</translation>
    </message>
    <message>
        <source>Inspection plan</source>
        <translation>Kế hoạch kiểm tra</translation>
    </message>
    <message>
        <source>Inspections of the commune's units, %1</source>
        <translation>Kiểm tra các cơ quan, đơn vị thuộc xã năm %1</translation>
    </message>
    <message>
        <source>%1 inspections this year · %2 open recommendations, %3 overdue</source>
        <translation>%1 cuộc kiểm tra trong năm · %2 kiến nghị chưa xong, %3 quá hạn</translation>
    </message>
    <message>
        <source>New inspection record</source>
        <translation>Lập biên bản kiểm tra</translation>
    </message>
    <message>
        <source>Edit inspection record</source>
        <translation>Sửa biên bản kiểm tra</translation>
    </message>
    <message>
        <source>Delete the inspection of %1 on %2 with its recommendations?</source>
        <translation>Xóa cuộc kiểm tra tại %1 ngày %2 cùng các kiến nghị của nó?</translation>
    </message>
    <message>
        <source>Delete inspection</source>
        <translation>Xóa cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Delete inspection record</source>
        <translation>Xóa biên bản kiểm tra</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Đã ghi %1</translation>
    </message>
    <message>
        <source>Select an inspection first.</source>
        <translation>Hãy chọn một cuộc kiểm tra trước.</translation>
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
        <source>Writing the minutes…</source>
        <translation>Đang ghi biên bản…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Đang ghi bảng tổng hợp…</translation>
    </message>
</context>
<context>
    <name>PlanEntryDialog</name>
    <message>
        <source>Inspection plan entry</source>
        <translation>Dòng kế hoạch kiểm tra</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>(chọn đơn vị)</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>On &amp;dates instead</source>
        <translation>Theo &amp;ngày cụ thể</translation>
    </message>
    <message>
        <source>(no plan section)</source>
        <translation>(không gắn mục kế hoạch)</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quý:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>Đoàn &amp;kiểm tra:</translation>
    </message>
    <message>
        <source>Plan &amp;section:</source>
        <translation>&amp;Mục kế hoạch:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Thêm dòng…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Record this inspection…</source>
        <translation>&amp;Lập biên bản cho dòng này…</translation>
    </message>
</context>
<context>
    <name>RecommendationsTable</name>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>How it was done</source>
        <translation>Kết quả thực hiện</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>(chọn đơn vị)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Inspection record</source>
        <translation>Biên bản kiểm tra</translation>
    </message>
    <message>
        <source>(choose the unit inspected)</source>
        <translation>(chọn đơn vị được kiểm tra)</translation>
    </message>
    <message>
        <source>(not in the plan)</source>
        <translation>(ngoài kế hoạch)</translation>
    </message>
    <message>
        <source>e.g. 12/QĐ-UBND</source>
        <translation>ví dụ 12/QĐ-UBND</translation>
    </message>
    <message>
        <source>e.g. 08 giờ 00</source>
        <translation>ví dụ 08 giờ 00</translation>
    </message>
    <message>
        <source>e.g. 11 giờ 30</source>
        <translation>ví dụ 11 giờ 30</translation>
    </message>
    <message>
        <source>&amp;Unit inspected:</source>
        <translation>Đơn &amp;vị được kiểm tra:</translation>
    </message>
    <message>
        <source>Plan &amp;entry:</source>
        <translation>Theo &amp;kế hoạch:</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>until</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Decision number:</source>
        <translation>Số quyết định:</translation>
    </message>
    <message>
        <source>Inspection record (closed; saving as a draft reopens it)</source>
        <translation>Biên bản kiểm tra (đã kết thúc; lưu nháp sẽ mở lại biên bản)</translation>
    </message>
    <message>
        <source>Dates and times:</source>
        <translation>Ngày, giờ:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Địa đ&amp;iểm:</translation>
    </message>
    <message>
        <source>Inspection &amp;team:</source>
        <translation>Đoàn &amp;kiểm tra:</translation>
    </message>
    <message>
        <source>Unit's &amp;representatives:</source>
        <translation>Đại diện đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Attach e&amp;vidence file…</source>
        <translation>Đính kèm tệp &amp;minh chứng…</translation>
    </message>
    <message>
        <source>&amp;Open evidence files</source>
        <translation>Mở tệp minh &amp;chứng</translation>
    </message>
    <message>
        <source>Mark unanswered as &amp;met</source>
        <translation>Đánh dấu các tiêu chí chưa đánh giá là Đạ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Kết quả kiểm tra:</translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation>Kết &amp;luận:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Findings and conclusion</source>
        <translation>Kết quả và kết luận</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Lưu nháp</translation>
    </message>
    <message>
        <source>Save and &amp;close the record</source>
        <translation>Lưu và &amp;kết thúc biên bản</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose the unit inspected.</source>
        <translation>Hãy chọn đơn vị được kiểm tra.</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <source>Select a criterion first.</source>
        <translation>Hãy chọn một tiêu chí trước.</translation>
    </message>
</context>
<context>
    <name>RepresentativesTable</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
</context>
<context>
    <name>TeamTable</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Deputy leader</source>
        <translation>Phó Trưởng đoàn</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Checklist templates</source>
        <translation>Mẫu tiêu chí kiểm tra</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>&amp;Thêm tiêu chí</translation>
    </message>
    <message>
        <source>&amp;Remove criterion</source>
        <translation>&amp;Bỏ tiêu chí</translation>
    </message>
    <message>
        <source>Co&amp;py template…</source>
        <translation>&amp;Sao chép mẫu…</translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation>&amp;Xóa mẫu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Mẫu:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source> (standard)</source>
        <translation> (mẫu chuẩn)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Copy template</source>
        <translation>Sao chép mẫu</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Tên bản sao:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (bản sao)</translation>
    </message>
</context>
</TS>