<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>DocumentForm</name>
    <message>
        <source>dd/mm/yyyy (empty: not yet issued)</source>
        <translation>ngày/tháng/năm (để trống: chưa ban hành)</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>Issuing body:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>&amp;Date of issue:</source>
        <translation>&amp;Ngày ban hành:</translation>
    </message>
    <message>
        <source>Title / summary:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>Legal &amp;bases (one per line):</source>
        <translation>&amp;Căn cứ (mỗi dòng một căn cứ):</translation>
    </message>
    <message>
        <source>Introduction:</source>
        <translation>Lời dẫn:</translation>
    </message>
    <message>
        <source>&amp;Recipients (one per line):</source>
        <translation>Nơi &amp;nhận (mỗi dòng một nơi):</translation>
    </message>
    <message>
        <source>Signer authority:</source>
        <translation>Thẩm quyền ký:</translation>
    </message>
    <message>
        <source>Signer title:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Signer name:</source>
        <translation>Họ tên người ký:</translation>
    </message>
    <message>
        <source>Write the date as day/month/year, e.g. 05/01/2026; it was not saved.</source>
        <translation>Hãy viết ngày theo dạng ngày/tháng/năm, ví dụ 05/01/2026; ngày này chưa được lưu.</translation>
    </message>
</context>
<context>
    <name>EmptyPlanState</name>
    <message>
        <source>A new plan starts from the standard template (the structure all commune plans share, with the 14 disclosure duties of Art. 11) or from the plan of an earlier year. A plan saved as JSON can be imported from the File menu.</source>
        <translation>Kế hoạch mới được lập từ mẫu chuẩn (bố cục chung của kế hoạch cấp xã, có đủ 14 nội dung công khai theo Điều 11) hoặc từ kế hoạch của một năm trước. Kế hoạch đã lưu dạng JSON có thể nhập từ menu Tệp.</translation>
    </message>
    <message>
        <source>There is no plan for %1 yet.</source>
        <translation>Chưa có kế hoạch năm %1.</translation>
    </message>
    <message>
        <source>Create the plan of %1…</source>
        <translation>Lập kế hoạch năm %1…</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <source>From the &amp;standard template</source>
        <translation>Từ &amp;mẫu chuẩn</translation>
    </message>
    <message>
        <source>&amp;Roll forward from the plan of an earlier year</source>
        <translation>&amp;Chuyển tiếp từ kế hoạch của năm trước</translation>
    </message>
    <message>
        <source>Rolling forward moves dates one year on, resets statuses and marks the contents that were not finished.</source>
        <translation>Khi chuyển tiếp, các mốc thời gian được dời sang năm mới, trạng thái được đặt lại và những nội dung chưa hoàn thành được đánh dấu.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Add section</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Di chuyển mục</translation>
    </message>
    <message>
        <source>Edit section</source>
        <translation>Sửa mục</translation>
    </message>
    <message>
        <source>Edit document data</source>
        <translation>Sửa thông tin văn bản</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Filter sections (Ctrl+F), accents not needed…</source>
        <translation>Lọc các mục (Ctrl+F), gõ không dấu cũng được…</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>Các &amp;mục</translation>
    </message>
    <message>
        <source>&amp;Document data</source>
        <translation>Thông tin &amp;văn bản</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>Thêm &amp;mục</translation>
    </message>
    <message>
        <source>Add &amp;child</source>
        <translation>Thêm mục &amp;con</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển lê&amp;n</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển xuốn&amp;g</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>Lùi &amp;vào</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>Đưa &amp;ra</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Tìm và lọc</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Lùi vào</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Đưa ra</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>Kế hoạch &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Import plan JSON…</source>
        <translation>&amp;Nhập kế hoạch từ tệp JSON…</translation>
    </message>
    <message>
        <source>&amp;Export plan JSON…</source>
        <translation>Xuất kế hoạch ra tệp &amp;JSON…</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Xóa mục “%1”?</translation>
    </message>
    <message>
        <source>Its %1 subsections are deleted with it.</source>
        <translation>%1 mục con của mục này cũng bị xóa theo.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Mục mới</translation>
    </message>
    <message>
        <source>Drag section</source>
        <translation>Kéo thả mục</translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation>Chuyển mục lên</translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation>Chuyển mục xuống</translation>
    </message>
    <message>
        <source>Indent section</source>
        <translation>Lùi mục vào một cấp</translation>
    </message>
    <message>
        <source>Outdent section</source>
        <translation>Đưa mục ra một cấp</translation>
    </message>
    <message>
        <source>The plan of %1 was created. Choose the year %1 to see it.</source>
        <translation>Đã tạo kế hoạch năm %1. Hãy chọn năm %1 để xem.</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>No.</source>
        <translation>Số TT</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Time frame</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Not started</source>
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
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>%1, late: the deadline was %2</source>
        <translation>%1, quá hạn: hạn hoàn thành là ngày %2</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Throughout the year</source>
        <translation>Thường xuyên, cả năm</translation>
    </message>
    <message>
        <source>By a date</source>
        <translation>Trước một ngày</translation>
    </message>
    <message>
        <source>Within a quarter</source>
        <translation>Trong một quý</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Từ ngày đến ngày</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Not started</source>
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
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>- (dash)</source>
        <translation>- (gạch đầu dòng)</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số thứ tự:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>&amp;Lead unit:</source>
        <translation>Đơn vị &amp;chủ trì:</translation>
    </message>
    <message>
        <source>Coordinating units:</source>
        <translation>Đơn vị phối hợp:</translation>
    </message>
    <message>
        <source>Time &amp;frame:</source>
        <translation>Thời &amp;gian:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Tiến độ:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Trạn&amp;g thái:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>Numbering of children:</source>
        <translation>Đánh số mục con:</translation>
    </message>
    <message>
        <source>Select a section in the tree to see and edit it.</source>
        <translation>Chọn một mục trong cây bên trái để xem và sửa.</translation>
    </message>
    <message>
        <source>(rolled up: %1%)</source>
        <translation>(tổng hợp từ mục con: %1%)</translation>
    </message>
    <message>
        <source>Late: the time frame has passed and it is not done.</source>
        <translation>Quá hạn: đã hết thời gian thực hiện mà chưa hoàn thành.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>trước ngày</translation>
    </message>
    <message>
        <source>The title must not be empty; it was not saved.</source>
        <translation>Tiêu đề không được để trống; chưa lưu thay đổi này.</translation>
    </message>
    <message>
        <source>The end date is before the start date; the time frame was not saved.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu; thời gian thực hiện chưa được lưu.</translation>
    </message>
</context>
</TS>