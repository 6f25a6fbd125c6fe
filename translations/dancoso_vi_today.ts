<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>DueModel</name>
    <message>
        <source>Reports to send</source>
        <translation>Báo cáo phải gửi</translation>
    </message>
    <message>
        <source>Annual self-assessment</source>
        <translation>Tự đánh giá, chấm điểm hằng năm</translation>
    </message>
    <message>
        <source>Plan contents</source>
        <translation>Nội dung kế hoạch</translation>
    </message>
    <message>
        <source>Disclosures to make</source>
        <translation>Thông tin phải công khai</translation>
    </message>
    <message>
        <source>Postings running</source>
        <translation>Đang niêm yết</translation>
    </message>
    <message>
        <source>Recommendations after inspections</source>
        <translation>Kiến nghị sau kiểm tra</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>quá hạn %1 ngày</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>hạn hôm nay</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>còn %1 ngày</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 quá hạn</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Show what is overdue and due within:</source>
        <translation>Xem việc quá hạn và đến hạn trong:</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F): title, unit…</source>
        <translation>Lọc (Ctrl+F): tên việc, đơn vị…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>&amp;Làm mới (F5)</translation>
    </message>
    <message>
        <source>Nothing is overdue or due in this time. Good work!</source>
        <translation>Không có việc quá hạn hay đến hạn trong thời gian này.</translation>
    </message>
    <message>
        <source>To do — as of %1</source>
        <translation>Việc cần làm — tính đến ngày %1</translation>
    </message>
    <message>
        <source>%1 overdue · %2 due within 7 days · %3 due within 30 days</source>
        <translation>%1 việc quá hạn · %2 việc đến hạn trong 7 ngày · %3 việc đến hạn trong 30 ngày</translation>
    </message>
    <message>
        <source>⚠ %1 overdue: see To do</source>
        <translation>⚠ %1 việc quá hạn: xem Việc cần làm</translation>
    </message>
</context>
</TS>