/** Texts of the mocked payment gateway's page, i18next namespace `mockGateway`. */
export const mockGatewayNamespace = 'mockGateway';

const vi = {
  title: 'Cổng thanh toán (giả lập)',
  notice: 'Đây là cổng thanh toán giả lập, chỉ dùng để kiểm thử. Không có khoản tiền thật nào được trừ.',
  heading: 'Xác nhận thanh toán',
  merchant: 'Đơn vị nhận tiền',
  merchantName: 'Cổng Dịch vụ công — thu lệ phí hồ sơ',
  description: 'Nội dung',
  descriptionValue: 'Lệ phí hồ sơ {{code}}',
  amount: 'Số tiền',
  provider: 'Thanh toán qua',
  outcomeLegend: 'Kết quả giao dịch (dành cho kiểm thử)',
  outcomes: {
    succeeded: 'Thanh toán thành công',
    'insufficient-funds': 'Tài khoản không đủ số dư',
  },
  confirm: 'Xác nhận thanh toán',
  cancel: 'Hủy giao dịch',
  working: 'Đang xử lý giao dịch…',
  notFound: 'Không tìm thấy giao dịch này.',
  completed: 'Giao dịch này đã kết thúc.',
  backToPortal: 'Quay lại Cổng Dịch vụ công',
  failed: 'Không xử lý được giao dịch. Vui lòng thử lại.',
};

const en: typeof vi = {
  title: 'Payment gateway (simulated)',
  notice: 'This is a simulated payment gateway for testing only. No real money is taken.',
  heading: 'Confirm the payment',
  merchant: 'Paid to',
  merchantName: 'Public Service Portal — application fees',
  description: 'Description',
  descriptionValue: 'Fee for application {{code}}',
  amount: 'Amount',
  provider: 'Paying with',
  outcomeLegend: 'Outcome of the transaction (for testing)',
  outcomes: {
    succeeded: 'Payment succeeds',
    'insufficient-funds': 'Insufficient funds',
  },
  confirm: 'Confirm payment',
  cancel: 'Cancel the payment',
  working: 'Processing the payment…',
  notFound: 'This transaction was not found.',
  completed: 'This transaction has already ended.',
  backToPortal: 'Back to the Public Service Portal',
  failed: 'The transaction could not be processed. Please try again.',
};

export const mockGatewayMessages = { vi, en };
