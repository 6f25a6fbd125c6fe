<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>DataSafety</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Check data</source>
        <translation>K&amp;iểm tra dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Copy to &amp;USB…</source>
        <translation>Chép sang &amp;USB…</translation>
    </message>
    <message>
        <source>🔒 Read-only: the data folder cannot be written — view and print only</source>
        <translation>🔒 Chỉ đọc: không ghi được vào thư mục dữ liệu — chỉ xem và in</translation>
    </message>
    <message>
        <source>⚠ No backup yet — Tools › Back up now</source>
        <translation>⚠ Chưa có bản sao lưu — Công cụ › Sao lưu ngay</translation>
    </message>
    <message>
        <source>⚠ Last backup %1 — too old</source>
        <translation>⚠ Sao lưu gần nhất %1 — đã quá cũ</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Sao lưu gần nhất: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Backup made and checked: %1</source>
        <translation>Đã sao lưu và kiểm tra: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed; use Tools › Back up now.</source>
        <translation>Sao lưu tự động không thành công; hãy dùng Công cụ › Sao lưu ngay.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Replace the current data with the backup %1?

The current data is kept as a backup first.</source>
        <translation>Thay dữ liệu hiện tại bằng bản sao lưu %1?

Dữ liệu hiện tại sẽ được sao lưu lại trước.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <source>The data was restored from %1.</source>
        <translation>Đã khôi phục dữ liệu từ %1.</translation>
    </message>
    <message>
        <source>The data as it was is kept in %1.</source>
        <translation>Dữ liệu cũ được giữ lại ở %1.</translation>
    </message>
    <message>
        <source>The data as it was before is kept in the backup %1.</source>
        <translation>Dữ liệu trước khi khôi phục được giữ trong bản sao lưu %1.</translation>
    </message>
    <message>
        <source>Checking the data…</source>
        <translation>Đang kiểm tra dữ liệu…</translation>
    </message>
    <message>
        <source>Check data</source>
        <translation>Kiểm tra dữ liệu</translation>
    </message>
    <message>
        <source>The data is healthy: every page and every link between records checks out.</source>
        <translation>Dữ liệu nguyên vẹn: mọi trang dữ liệu và mọi liên kết giữa các bản ghi đều đúng.</translation>
    </message>
    <message>
        <source>The check found problems in the data file. Make a copy of the data folder, then restore the newest good backup (Tools › Restore…).</source>
        <translation>Kiểm tra phát hiện lỗi trong tệp dữ liệu. Hãy chép thư mục dữ liệu ra một nơi khác, rồi khôi phục bản sao lưu tốt gần nhất (Công cụ › Khôi phục…).</translation>
    </message>
    <message>
        <source>Copying to %1…</source>
        <translation>Đang chép sang %1…</translation>
    </message>
    <message>
        <source>Copy to USB</source>
        <translation>Chép sang USB</translation>
    </message>
    <message>
        <source>The data was copied and read back without error:
%1

To use it on another PC, install the program there and choose Tools › Restore… › From a file.</source>
        <translation>Dữ liệu đã được chép và đọc lại không có lỗi:
%1

Để dùng trên máy khác, hãy cài chương trình trên máy đó rồi chọn Công cụ › Khôi phục… › Từ tệp.</translation>
    </message>
    <message>
        <source>made on request</source>
        <translation>sao lưu theo yêu cầu</translation>
    </message>
    <message>
        <source>made at exit</source>
        <translation>sao lưu khi thoát</translation>
    </message>
    <message>
        <source>made during work</source>
        <translation>sao lưu trong khi làm việc</translation>
    </message>
    <message>
        <source>data before a restore</source>
        <translation>dữ liệu trước khi khôi phục</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>trước khi nâng cấp</translation>
    </message>
    <message>
        <source>copy for USB</source>
        <translation>bản chép sang USB</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>chưa được kiểm tra</translation>
    </message>
    <message>
        <source>The data needs attention</source>
        <translation>Dữ liệu cần được xử lý</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>Khôi phục bản sao lưu tốt gần nhất</translation>
    </message>
    <message>
        <source>The newest good backup was made on %1.</source>
        <translation>Bản sao lưu tốt gần nhất được tạo lúc %1.</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Chọn tệp sao lưu…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>Bản sao lưu (*.sqlite);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Choose the USB drive or folder for the copy</source>
        <translation>Chọn ổ USB hoặc thư mục để chép dữ liệu</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current data is kept as a backup first, so this step can be undone by restoring that one.</source>
        <translation>Chọn bản sao lưu cần khôi phục. Dữ liệu hiện tại sẽ được sao lưu lại trước, nên có thể quay lại bằng cách khôi phục bản đó.</translation>
    </message>
    <message>
        <source>There are no backups in the data folder yet.</source>
        <translation>Thư mục dữ liệu chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation>Từ &amp;tệp…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
</context>
</TS>