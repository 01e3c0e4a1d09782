/*
 * The shared-folder package: what the province's IT copies to one network share for offices on perpetual
 * Office 2019/2021 on Windows (Trust Center → Trusted Add-in Catalogs). The production manifest plus a
 * one-page instruction in Vietnamese (UTF-8 with a byte-order mark, so old Notepad shows the accents).
 */
const INSTRUCTION_FILE = 'HUONG-DAN.txt';

function sharedFolderInstruction(base, version) {
  return '\ufeff' + `ĐỀ CƯƠNG NTM ${version} — CÀI ĐẶT QUA THƯ MỤC DÙNG CHUNG
====================================================

Thư mục này chứa manifest.xml của phần bổ trợ (add-in) Word "Đề cương NTM".
Các tệp của phần bổ trợ được phục vụ tại: ${base}
(máy của người dùng phải mở được địa chỉ này bằng HTTPS).

Dùng cho: Word 2019, Word 2021 (bản mua đứt) hoặc Microsoft 365 trên Windows.
Word 2016 trở về trước không chạy được phần bổ trợ: mở trang kiểm tra báo cáo
${base}check.html bằng trình duyệt (Chrome, Edge, Cốc Cốc). Người viết chọn mẫu
báo cáo và cấp báo cáo, bấm "Tải đề cương để viết (.docx)" để có khung đề cương;
viết xong thì kéo tệp .docx vào trang để kiểm tra; tệp không rời khỏi máy.

A. Bộ phận CNTT (làm một lần)
  1. Chép cả thư mục này (manifest.xml và tệp hướng dẫn này) vào một thư mục
     dùng chung trên mạng nội bộ, ví dụ \\\\may-chu\\decuong-addin
  2. Chia sẻ thư mục đó với quyền ĐỌC cho mọi người dùng Word.
  3. (Tuỳ chọn) Đặt danh mục tin cậy cho cả cơ quan bằng Group Policy
     (mẫu quản trị Office, mục Trust Center → Trusted Catalogs), khi đó
     người dùng bỏ qua bước B1–B4.

B. Mỗi máy người dùng
  1. Mở Word → Tệp (File) → Tùy chọn (Options) → Trung tâm Tin cậy (Trust Center)
     → Thiết đặt Trung tâm Tin cậy (Trust Center Settings)
     → Danh mục Phần bổ trợ Tin cậy (Trusted Add-in Catalogs).
  2. Ô "Catalog Url": gõ đường dẫn thư mục dùng chung, ví dụ \\\\may-chu\\decuong-addin
     → bấm "Add catalog".
  3. Đánh dấu "Show in Menu" → OK → đóng Word và mở lại.
  4. Chèn (Insert) → Phần bổ trợ của tôi (My Add-ins) → THƯ MỤC DÙNG CHUNG
     (SHARED FOLDER) → chọn "Đề cương NTM" → Thêm (Add).
     (Microsoft 365 bản mới: Trang đầu (Home) → Phần bổ trợ (Add-ins)
     → Thêm phần bổ trợ (More Add-ins) → SHARED FOLDER.)
  5. Nút "Đề cương NTM" hiện ở nhóm "Đề cương" trên thẻ Trang đầu.

C. Cập nhật
  Khi có bản mới, CNTT chép manifest.xml mới đè lên tệp trong thư mục này và
  chép các tệp mới lên máy chủ web. Người dùng đóng Word và mở lại.

Hướng dẫn đầy đủ cho bộ phận CNTT (máy chủ web, Microsoft 365, SharePoint, cập nhật,
quay lại bản cũ): tệp docs/deploy.md kèm theo bộ cài decuong (Văn phòng Điều phối giữ).
`.replace(/\n/g, '\r\n');
}

module.exports = { INSTRUCTION_FILE, sharedFolderInstruction };
