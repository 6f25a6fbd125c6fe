<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>DocumentForm</name>
    <message>
        <source>dd/mm/yyyy — empty when the document leaves it blank</source>
        <translation>ngày/tháng/năm — để trống khi văn bản để trống</translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation>Mỗi dòng một nơi nhận</translation>
    </message>
    <message>
        <source>One legal basis per line</source>
        <translation>Mỗi dòng một căn cứ</translation>
    </message>
    <message>
        <source>Year of the plan</source>
        <translation>Năm của kế hoạch</translation>
    </message>
    <message>
        <source>Summary (title)</source>
        <translation>Trích yếu (tên kế hoạch)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Đoạn mở đầu</translation>
    </message>
    <message>
        <source>Signing for (TM./KT.)</source>
        <translation>Thẩm quyền ký (TM./KT.)</translation>
    </message>
    <message>
        <source>Signer's title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer's name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>Import the plan of %1</source>
        <translation>Nhập kế hoạch năm %1</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <source>Plans (*.docx *.pdf *.txt *.md *.json);;Word (*.docx);;PDF (*.pdf);;Text (*.txt *.md);;Plan JSON (*.json)</source>
        <translation>Kế hoạch (*.docx *.pdf *.txt *.md *.json);;Word (*.docx);;PDF (*.pdf);;Văn bản (*.txt *.md);;Kế hoạch JSON (*.json)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Imported the plan of %1 with %2 sections.</source>
        <translation>Đã nhập kế hoạch năm %1 với %2 mục.</translation>
    </message>
    <message>
        <source>Import plan from &amp;Word, PDF or text…</source>
        <translation>Nhập kế hoạch từ &amp;Word, PDF, văn bản…</translation>
    </message>
    <message>
        <source>Read the plan the office already has (Word, PDF or text) into the application</source>
        <translation>Đưa kế hoạch sẵn có của cơ quan (Word, PDF hoặc văn bản) vào chương trình</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import a plan — %1</source>
        <translation>Nhập kế hoạch — %1</translation>
    </message>
    <message>
        <source>Text read from the file</source>
        <translation>Văn bản đọc được từ tệp</translation>
    </message>
    <message>
        <source>Proposed sections</source>
        <translation>Các mục đề xuất</translation>
    </message>
    <message>
        <source>◀ Raise level</source>
        <translation>◀ Lên một cấp</translation>
    </message>
    <message>
        <source>Lower level ▶</source>
        <translation>Xuống một cấp ▶</translation>
    </message>
    <message>
        <source>Merge into the section above</source>
        <translation>Gộp vào mục phía trên</translation>
    </message>
    <message>
        <source>Split off the first paragraph</source>
        <translation>Tách đoạn đầu thành mục mới</translation>
    </message>
    <message>
        <source>Heading of the selected section</source>
        <translation>Tiêu đề của mục đang chọn</translation>
    </message>
    <message>
        <source>Text of the selected section</source>
        <translation>Nội dung của mục đang chọn</translation>
    </message>
    <message>
        <source>No warnings: every paragraph found its place.</source>
        <translation>Không có cảnh báo: mọi đoạn văn đều đã được xếp đúng chỗ.</translation>
    </message>
    <message>
        <source>Outline (%1 sections)</source>
        <translation>Cây mục (%1 mục)</translation>
    </message>
    <message>
        <source>Document data</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Cảnh báo (%1)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Nothing is saved until you press Import. The import can be undone (Ctrl+Z).</source>
        <translation>Chưa có gì được lưu cho đến khi bấm Nhập. Có thể hoàn tác việc nhập (Ctrl+Z).</translation>
    </message>
    <message>
        <source>[heading missing from the original: type its title]</source>
        <translation>[Đề mục bị thiếu trong văn bản gốc: hãy nhập tiêu đề]</translation>
    </message>
    <message>
        <source>This heading is missing from the original document; it was put back from the numbering. Type its title before importing.</source>
        <translation>Đề mục bị thiếu trong văn bản gốc; chương trình đã thêm lại theo số thứ tự. Hãy nhập tiêu đề trước khi nhập kế hoạch.</translation>
    </message>
    <message>
        <source>Heading missing from the original document: type its title</source>
        <translation>Đề mục bị thiếu trong văn bản gốc: hãy nhập tiêu đề</translation>
    </message>
    <message>
        <source>Carried out by: %1</source>
        <translation>Cơ quan thực hiện: %1</translation>
    </message>
    <message>
        <source>Time frame: %1</source>
        <translation>Thời gian thực hiện: %1</translation>
    </message>
</context>
</TS>