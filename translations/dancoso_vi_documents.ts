<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>Export</name>
    <message>
        <source>PDF — to send and print (*.pdf)</source>
        <translation>PDF — để gửi và in (*.pdf)</translation>
    </message>
    <message>
        <source>Word — to edit, sign and stamp (*.docx)</source>
        <translation>Word — để sửa, ký và đóng dấu (*.docx)</translation>
    </message>
    <message>
        <source>Excel — tracking table (*.xlsx)</source>
        <translation>Excel — bảng theo dõi (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất tệp</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>Tệp “%1” đã có. Ghi đè tệp này?</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>%1 pages.</source>
        <translation>%1 trang.</translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>Mở &amp;tệp</translation>
    </message>
    <message>
        <source>Open the f&amp;older</source>
        <translation>Mở &amp;thư mục</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất tệp…</translation>
    </message>
    <message>
        <source>Save the plan as PDF, Word or Excel</source>
        <translation>Lưu kế hoạch thành tệp PDF, Word hoặc Excel</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Đang xuất %1…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the plan of %1</source>
        <translation>Xuất kế hoạch năm %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Lưu thành:</translation>
    </message>
    <message>
        <source>The file follows Decree 30/2020: A4, Times New Roman, the standard header and signature block. Word files can be edited before signing.</source>
        <translation>Tệp theo đúng Nghị định 30/2020: khổ A4, phông Times New Roman, phần đầu và phần ký theo mẫu. Tệp Word có thể sửa trước khi ký.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất tệp</translation>
    </message>
</context>
</TS>