/**
 * Texts of the mock identity provider's sign-in page and of the tester panel, i18next namespace
 * `mockIdp`. The composition root registers them with the app's resources; until it does,
 * `register-messages.ts` adds them when a page using them is imported.
 */
export const mockIdpNamespace = 'mockIdp';

const vi = {
  header: {
    title: 'VNeID — Định danh điện tử (giả lập)',
    tagline: 'Hệ thống định danh và xác thực điện tử',
  },
  notice:
    'Đây là nhà cung cấp định danh giả lập, chỉ dùng để kiểm thử. Mọi tài khoản và dữ liệu đều là giả, không thuộc về công dân thật.',
  title: 'Đăng nhập bằng tài khoản định danh điện tử',
  client: 'Dịch vụ yêu cầu đăng nhập:',
  legend: 'Chọn tài khoản thử nghiệm',
  hint: 'Mỗi tài khoản là một công dân giả lập, có hồ sơ trong các cơ sở dữ liệu quốc gia giả lập.',
  level: 'Mức độ {{level}}',
  idLabel: 'Số định danh',
  idMasked: 'Số định danh bắt đầu bằng {{first}} và kết thúc bằng {{last}}',
  submit: 'Đăng nhập',
  submitting: 'Đang đăng nhập…',
  cancel: 'Huỷ',
  loading: 'Đang tải danh sách tài khoản…',
  loadFailed: 'Không tải được danh sách tài khoản. Vui lòng thử lại sau.',
  retry: 'Thử lại',
  empty: 'Không có tài khoản thử nghiệm nào.',
  chooseError: 'Chọn một tài khoản để đăng nhập',
  signInFailed: 'Đăng nhập không thành công. Vui lòng thử lại.',
  invalidRequestTitle: 'Yêu cầu đăng nhập không hợp lệ',
  invalidRequest:
    'Liên kết đăng nhập thiếu thông tin hoặc dẫn tới một trang không được phép. Hãy quay lại Cổng dịch vụ công và đăng nhập lại.',
  backToPortal: 'Quay lại Cổng dịch vụ công',
  language: 'Ngôn ngữ',
  testerPanel: {
    title: 'Bảng điều khiển kiểm thử',
    intro: 'Giả lập sự cố của các hệ thống; áp dụng ngay cho các yêu cầu tiếp theo.',
    faults: 'Sự cố theo hệ thống',
    activeCount: 'Đang bật: {{count}}',
    sources: {
      'dan-cu': 'Dân cư',
      'ho-tich': 'Hộ tịch',
      'y-te': 'Y tế (giấy chứng sinh)',
      bhxh: 'Bảo hiểm xã hội',
      dkkd: 'Đăng ký kinh doanh',
      'dat-dai': 'Đất đai',
      'kho-du-lieu': 'Kho dữ liệu cá nhân (giấy tờ điện tử)',
      gplx: 'Giấy phép lái xe',
      'ho-so': 'Tiếp nhận hồ sơ (nộp)',
      'ban-nhap': 'Lưu bản nháp',
      vneid: 'VNeID (đăng nhập)',
    },
    modes: { none: 'Bình thường', error: 'Lỗi (503)', flaky: 'Chập chờn (lỗi 503 cách lần)', timeout: 'Không phản hồi', slow: 'Chậm (8 giây)' },
    tokenLifetime: 'Thời hạn phiên đăng nhập',
    tokenLifetimeHint: 'Áp dụng từ lần đăng nhập tiếp theo.',
    lifetimeDefault: 'Mặc định (30 phút)',
    lifetimeSeconds: '{{count}} giây',
    lifetimeMinutes: '{{count}} phút',
    reset: 'Đặt lại tất cả',
  },
};

const en: typeof vi = {
  header: {
    title: 'VNeID — Electronic identification (simulated)',
    tagline: 'Electronic identification and authentication system',
  },
  notice:
    'This is a simulated identity provider for testing only. Every account and all data are fictitious and belong to no real citizen.',
  title: 'Sign in with your electronic identity account',
  client: 'Service asking you to sign in:',
  legend: 'Choose a test account',
  hint: 'Each account is a simulated citizen with records in the simulated national databases.',
  level: 'Level {{level}}',
  idLabel: 'Personal ID number',
  idMasked: 'Personal ID number starting with {{first}} and ending with {{last}}',
  submit: 'Sign in',
  submitting: 'Signing in…',
  cancel: 'Cancel',
  loading: 'Loading the test accounts…',
  loadFailed: 'The test accounts could not be loaded. Please try again later.',
  retry: 'Try again',
  empty: 'There are no test accounts.',
  chooseError: 'Choose an account to sign in with',
  signInFailed: 'Signing in failed. Please try again.',
  invalidRequestTitle: 'Invalid sign-in request',
  invalidRequest:
    'The sign-in link is incomplete or leads to a page that is not allowed. Go back to the public service portal and sign in again.',
  backToPortal: 'Back to the public service portal',
  language: 'Language',
  testerPanel: {
    title: 'Tester control panel',
    intro: 'Simulate outages of the systems; applies at once to the next requests.',
    faults: 'Faults per system',
    activeCount: 'Active: {{count}}',
    sources: {
      'dan-cu': 'Population',
      'ho-tich': 'Civil status',
      'y-te': 'Health (birth certificates)',
      bhxh: 'Social insurance',
      dkkd: 'Business registration',
      'dat-dai': 'Land',
      'kho-du-lieu': 'Personal data store (e-documents)',
      gplx: 'Driving licences',
      'ho-so': 'Dossier reception (submit)',
      'ban-nhap': 'Draft saving',
      vneid: 'VNeID (sign-in)',
    },
    modes: { none: 'Normal', error: 'Error (503)', flaky: 'Flaky (every other request fails)', timeout: 'No answer', slow: 'Slow (8 seconds)' },
    tokenLifetime: 'Sign-in session lifetime',
    tokenLifetimeHint: 'Applies from the next sign-in.',
    lifetimeDefault: 'Default (30 minutes)',
    lifetimeSeconds: '{{count}} seconds',
    lifetimeMinutes: '{{count}} minutes',
    reset: 'Reset all',
  },
};

/** The namespace's resources per language, `{ vi, en }`, for the app's i18n set-up. */
export const mockIdpMessages = { vi, en };
