/**
 * Business lines from the Vietnamese Standard Industrial Classification (VSIC 2018, Quyết định
 * 27/2018/QĐ-TTg, level 4), grouped into the trades the synthetic businesses follow, with the
 * words their names use. The first line of a trade is the main line (ngành chính).
 */
export interface Trade {
  /** "Tạp hóa", "Quán cơm": what a household business calls itself; none when it is not a household trade. */
  shopWords: readonly string[];
  /** "Thương mại và Dịch vụ": what a company in the trade calls itself; none when it is not a company trade. */
  companyWords: readonly string[];
  lines: readonly (readonly [code: string, name: string])[];
}

export const trades: readonly Trade[] = [
  {
    shopWords: ['Tạp hóa', 'Cửa hàng tạp hóa', 'Siêu thị mini'],
    companyWords: ['Thương mại', 'Thương mại và Dịch vụ'],
    lines: [
      ['4711', 'Bán lẻ lương thực, thực phẩm, đồ uống, thuốc lá, thuốc lào chiếm tỷ trọng lớn trong các cửa hàng kinh doanh tổng hợp'],
      ['4719', 'Bán lẻ khác trong các cửa hàng kinh doanh tổng hợp'],
      ['4722', 'Bán lẻ thực phẩm trong các cửa hàng chuyên doanh'],
      ['4723', 'Bán lẻ đồ uống trong các cửa hàng chuyên doanh'],
    ],
  },
  {
    shopWords: ['Quán cơm', 'Quán phở', 'Quán bún chả', 'Quán cà phê', 'Nhà hàng'],
    companyWords: ['Dịch vụ Ăn uống', 'Ẩm thực'],
    lines: [
      ['5610', 'Nhà hàng và các dịch vụ ăn uống phục vụ lưu động'],
      ['5630', 'Dịch vụ phục vụ đồ uống'],
      ['5621', 'Cung cấp dịch vụ ăn uống theo hợp đồng không thường xuyên với khách hàng'],
    ],
  },
  {
    shopWords: ['Salon tóc', 'Tiệm làm đẹp'],
    companyWords: [],
    lines: [
      ['9631', 'Cắt tóc, làm đầu, gội đầu'],
      ['4772', 'Bán lẻ thuốc, dụng cụ y tế, mỹ phẩm và vật phẩm vệ sinh trong các cửa hàng chuyên doanh'],
    ],
  },
  {
    shopWords: ['Sửa xe máy', 'Cửa hàng xe máy'],
    companyWords: ['Xe máy'],
    lines: [
      ['4542', 'Bảo dưỡng và sửa chữa mô tô, xe máy'],
      ['4543', 'Bán phụ tùng và các bộ phận phụ trợ của mô tô, xe máy'],
      ['4541', 'Bán mô tô, xe máy'],
    ],
  },
  {
    shopWords: ['Shop thời trang', 'Cửa hàng quần áo', 'Xưởng may'],
    companyWords: ['May mặc', 'Thời trang'],
    lines: [
      ['4771', 'Bán lẻ hàng may mặc, giày dép, hàng da và giả da trong các cửa hàng chuyên doanh'],
      ['1410', 'May trang phục (trừ trang phục từ da lông thú)'],
    ],
  },
  {
    shopWords: ['Nhà thuốc', 'Quầy thuốc'],
    companyWords: ['Dược phẩm'],
    lines: [
      ['4772', 'Bán lẻ thuốc, dụng cụ y tế, mỹ phẩm và vật phẩm vệ sinh trong các cửa hàng chuyên doanh'],
      ['4649', 'Bán buôn đồ dùng khác cho gia đình'],
    ],
  },
  {
    shopWords: ['Cửa hàng vật liệu xây dựng', 'Điện nước'],
    companyWords: ['Xây dựng', 'Xây dựng và Thương mại'],
    lines: [
      ['4101', 'Xây dựng nhà để ở'],
      ['4102', 'Xây dựng nhà không để ở'],
      ['4330', 'Hoàn thiện công trình xây dựng'],
      ['4321', 'Lắp đặt hệ thống điện'],
      ['4663', 'Bán buôn vật liệu, thiết bị lắp đặt khác trong xây dựng'],
      ['4752', 'Bán lẻ đồ ngũ kim, sơn, kính và thiết bị lắp đặt khác trong xây dựng trong các cửa hàng chuyên doanh'],
    ],
  },
  {
    shopWords: [],
    companyWords: ['Công nghệ', 'Giải pháp Phần mềm', 'Công nghệ Thông tin'],
    lines: [
      ['6201', 'Lập trình máy vi tính'],
      ['6202', 'Tư vấn máy vi tính và quản trị hệ thống máy vi tính'],
      ['6209', 'Hoạt động dịch vụ công nghệ thông tin và dịch vụ khác liên quan đến máy vi tính'],
      ['4741', 'Bán lẻ máy vi tính, thiết bị ngoại vi, phần mềm và thiết bị viễn thông trong các cửa hàng chuyên doanh'],
    ],
  },
  {
    shopWords: ['Vận tải'],
    companyWords: ['Vận tải', 'Logistics'],
    lines: [
      ['4933', 'Vận tải hàng hóa bằng đường bộ'],
      ['4932', 'Vận tải hành khách đường bộ khác'],
      ['5229', 'Hoạt động dịch vụ hỗ trợ khác liên quan đến vận tải'],
      ['5210', 'Kho bãi và lưu giữ hàng hóa'],
    ],
  },
  {
    shopWords: ['Trang trại', 'Cơ sở nuôi trồng thủy sản'],
    companyWords: ['Nông nghiệp', 'Thủy sản'],
    lines: [
      ['0118', 'Trồng rau, đậu các loại và trồng hoa'],
      ['0145', 'Chăn nuôi lợn và sản xuất giống lợn'],
      ['0322', 'Nuôi trồng thủy sản nội địa'],
      ['1020', 'Chế biến, bảo quản thủy sản và các sản phẩm từ thủy sản'],
      ['4620', 'Bán buôn nông, lâm sản nguyên liệu (trừ gỗ, tre, nứa) và động vật sống'],
    ],
  },
  {
    shopWords: ['Cơ sở sản xuất bánh', 'Lò bánh mì'],
    companyWords: ['Thực phẩm'],
    lines: [
      ['1071', 'Sản xuất các loại bánh từ bột'],
      ['4632', 'Bán buôn thực phẩm'],
    ],
  },
  {
    shopWords: ['Xưởng mộc', 'Đồ gỗ'],
    companyWords: ['Nội thất', 'Đồ gỗ'],
    lines: [
      ['3100', 'Sản xuất giường, tủ, bàn, ghế'],
      ['4649', 'Bán buôn đồ dùng khác cho gia đình'],
    ],
  },
  {
    shopWords: ['Nhà nghỉ', 'Homestay'],
    companyWords: ['Du lịch', 'Du lịch và Khách sạn'],
    lines: [
      ['5510', 'Dịch vụ lưu trú ngắn ngày'],
      ['7912', 'Điều hành tua du lịch'],
      ['7911', 'Đại lý du lịch'],
    ],
  },
  {
    shopWords: [],
    companyWords: ['Tư vấn', 'Giáo dục và Đào tạo', 'Truyền thông'],
    lines: [
      ['7020', 'Hoạt động tư vấn quản lý'],
      ['8559', 'Giáo dục khác chưa được phân vào đâu'],
      ['7310', 'Quảng cáo'],
      ['8299', 'Hoạt động dịch vụ hỗ trợ kinh doanh khác còn lại chưa được phân vào đâu'],
    ],
  },
  {
    shopWords: [],
    companyWords: ['Đầu tư Bất động sản', 'Địa ốc'],
    lines: [
      ['6810', 'Kinh doanh bất động sản, quyền sử dụng đất thuộc chủ sở hữu, chủ sử dụng hoặc đi thuê'],
      ['6820', 'Tư vấn, môi giới, đấu giá bất động sản, đấu giá quyền sử dụng đất'],
    ],
  },
  {
    shopWords: [],
    companyWords: ['Thương mại Xuất nhập khẩu', 'Thiết bị Công nghiệp'],
    lines: [
      ['4690', 'Bán buôn tổng hợp'],
      ['4659', 'Bán buôn máy móc, thiết bị và phụ tùng máy khác'],
      ['4649', 'Bán buôn đồ dùng khác cho gia đình'],
    ],
  },
  {
    shopWords: ['Gara ô tô'],
    companyWords: ['Ô tô', 'Dịch vụ Ô tô'],
    lines: [
      ['4520', 'Bảo dưỡng, sửa chữa ô tô và xe có động cơ khác'],
      ['4530', 'Bán phụ tùng và các bộ phận phụ trợ của ô tô và xe có động cơ khác'],
      ['4511', 'Bán buôn ô tô và xe có động cơ khác'],
    ],
  },
  {
    shopWords: ['Cơ khí'],
    companyWords: ['Cơ khí', 'Cơ khí Chính xác'],
    lines: [
      ['2511', 'Sản xuất các cấu kiện kim loại'],
      ['2592', 'Gia công cơ khí; xử lý và tráng phủ kim loại'],
    ],
  },
];

/** Brand names companies and shops choose: auspicious two-syllable words. */
export const brands = [
  'Phúc An', 'Hưng Thịnh', 'Minh Phát', 'Thành Công', 'Đại Việt', 'Tân Phát', 'An Khang', 'Hoàng Long', 'Sao Việt',
  'Trường Thịnh', 'Bình Minh', 'Kim Ngân', 'Vạn Phúc', 'Nam Á', 'Phương Đông', 'Thiên Phú', 'Hải Đăng', 'Gia Bảo',
  'Việt Tiến', 'Đông Á', 'Tài Lộc', 'Hòa Phát', 'Thịnh Vượng', 'Nhật Minh', 'Quang Minh', 'Đức Tín', 'Hồng Hà',
  'Mai Linh', 'Phú Quý', 'Toàn Thắng', 'Ánh Dương', 'Bảo Châu', 'Thái Sơn', 'Lộc Phát', 'Tâm Đức', 'Song Long',
] as const;
