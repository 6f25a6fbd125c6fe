<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>The sub-criteria are an EXAMPLE, not the province's official list: import the province's criteria (Import…) before scoring.</source>
        <translation>Các tiêu chí con là VÍ DỤ, chưa phải bộ tiêu chí chính thức của tỉnh: hãy nhập bộ tiêu chí của tỉnh (Nhập tiêu chí…) trước khi chấm điểm.</translation>
    </message>
    <message>
        <source>Bonus points:</source>
        <translation>Điểm thưởng:</translation>
    </message>
    <message>
        <source>Penalty points:</source>
        <translation>Điểm trừ:</translation>
    </message>
    <message>
        <source>Conditions that fail or cap the class</source>
        <translation>Điều kiện hạ hoặc không xếp loại</translation>
    </message>
    <message>
        <source>&amp;Link a record…</source>
        <translation>&amp;Gắn bản ghi minh chứng…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Bỏ minh chứng</translation>
    </message>
    <message>
        <source>Evidence of the selected criterion</source>
        <translation>Minh chứng của tiêu chí đang chọn</translation>
    </message>
    <message>
        <source>Note on this criterion (what was done, where the proof is)</source>
        <translation>Ghi chú của tiêu chí (đã làm gì, minh chứng ở đâu)</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Hạn gửi:</translation>
    </message>
    <message>
        <source>Mark as &amp;sent today</source>
        <translation>Đánh dấu đã &amp;gửi hôm nay</translation>
    </message>
    <message>
        <source>&amp;Import criteria…</source>
        <translation>&amp;Nhập tiêu chí…</translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Word…</source>
        <translation>&amp;Word…</translation>
    </message>
    <message>
        <source>Self-assessment of %1</source>
        <translation>Tự đánh giá, chấm điểm năm %1</translation>
    </message>
    <message>
        <source>Total %1 / %2 points — %3</source>
        <translation>Tổng %1/%2 điểm — %3</translation>
    </message>
    <message>
        <source>(provisional: %1 criteria not scored)</source>
        <translation>(tạm tính: còn %1 tiêu chí chưa chấm)</translation>
    </message>
    <message>
        <source>Criteria %1 + bonus %2 − penalty %3</source>
        <translation>Điểm tiêu chí %1 + điểm thưởng %2 − điểm trừ %3</translation>
    </message>
    <message>
        <source>0 to %1</source>
        <translation>Từ 0 đến %1</translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation>Đã gửi ngày %1.</translation>
    </message>
    <message>
        <source>To send to the Department of Home Affairs by %1, with the evidence.</source>
        <translation>Gửi Sở Nội vụ chậm nhất ngày %1, kèm tài liệu minh chứng.</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>chấm điểm %1</translation>
    </message>
    <message>
        <source>bonus and penalty points</source>
        <translation>điểm thưởng, điểm trừ</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>điều kiện xếp loại</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>hạn gửi</translation>
    </message>
    <message>
        <source>mark as sent</source>
        <translation>đánh dấu đã gửi</translation>
    </message>
    <message>
        <source>link evidence</source>
        <translation>gắn minh chứng</translation>
    </message>
    <message>
        <source>remove evidence</source>
        <translation>bỏ minh chứng</translation>
    </message>
    <message>
        <source>Import criteria</source>
        <translation>Nhập bộ tiêu chí</translation>
    </message>
    <message>
        <source>Criteria (*.xlsx *.json *.docx *.pdf *.txt *.md)</source>
        <translation>Bộ tiêu chí (*.xlsx *.json *.docx *.pdf *.txt *.md)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>import criteria</source>
        <translation>nhập bộ tiêu chí</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Đã ghi %1</translation>
    </message>
    <message>
        <source>Writing the scorecard…</source>
        <translation>Đang ghi bảng tự chấm điểm…</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Max.</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Tự chấm</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Scoring guide: %1</source>
        <translation>Hướng dẫn chấm: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link evidence</source>
        <translation>Gắn minh chứng</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Công khai thông tin</translation>
    </message>
    <message>
        <source>Inspection minutes</source>
        <translation>Biên bản kiểm tra</translation>
    </message>
    <message>
        <source>Plan content</source>
        <translation>Nội dung kế hoạch</translation>
    </message>
    <message>
        <source>Search (without tone marks is fine)</source>
        <translation>Tìm (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Tìm:</translation>
    </message>
</context>
</TS>