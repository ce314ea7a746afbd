/** @module analyse/triage/lexicons/vi — Vietnamese cues (written by the Dragnet team). */
import type { Lexicon } from './lexicon.js';

export const vi: Lexicon = {
  credential: ['mật khẩu', 'đăng nhập', 'tên đăng nhập', 'mã otp', 'mã xác thực', 'mã xác minh', 'số thẻ', 'thông tin ngân hàng', 'mã pin'],
  account: ['tài khoản của bạn', 'tài khoản', 'xác minh', 'xác thực', 'xác nhận', 'cập nhật', 'danh tính', 'đáng ngờ', 'bất thường', 'trái phép'],
  urgency: ['khẩn cấp', 'ngay lập tức', 'ngay', 'trong 24 giờ', 'hết hạn', 'cơ hội cuối', 'thông báo cuối', 'chỉ hôm nay'],
  threat: ['bị khóa', 'tạm khóa', 'đình chỉ', 'vô hiệu hóa', 'đóng', 'pháp lý', 'phạt', 'bắt giữ', 'hạn chế', 'công an'],
  payment: ['thanh toán', 'phí', 'hóa đơn', 'chuyển khoản', 'chuyển tiền', 'hoàn tiền', 'thẻ quà tặng', 'nợ', 'thuế', 'nạp tiền'],
  prize: ['chúc mừng', 'trúng thưởng', 'bạn đã trúng', 'giải thưởng', 'phần thưởng', 'xổ số', 'thừa kế', 'triệu', 'miễn phí', 'quà tặng'],
  marketing: ['khuyến mãi', 'giảm giá', 'ưu đãi', 'hủy đăng ký', 'bản tin', 'mua ngay', 'đặt hàng', 'tiết kiệm', 'mã giảm giá', 'nhấn vào đây'],
  delivery: ['bưu kiện', 'gói hàng', 'giao hàng', 'vận chuyển', 'hải quan', 'theo dõi', 'bưu điện'],
  investment: ['đầu tư', 'lợi nhuận', 'lãi', 'bitcoin', 'tiền điện tử', 'giao dịch', 'đảm bảo', 'thu nhập', 'kiếm tiền'],
  contact: ['gọi', 'liên hệ', 'trả lời', 'zalo', 'nhắn tin'],
};
