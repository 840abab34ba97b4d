import type { LocalizedText } from '@/schema/localized-text';

/**
 * Business lines (ngành, nghề kinh doanh) at level 4 of the Vietnamese Standard Industrial
 * Classification (VSIC 2018, Quyết định 27/2018/QĐ-TTg): the lines household businesses and
 * the synthetic registry's businesses follow (`mocks/data/synthetic/business-lines.ts`), not the
 * whole system of about 500 level-4 codes. The value a submission stores is the 4-digit code;
 * the label starts with it so the searchable select finds a line by code or by words. English
 * names follow ISIC Rev. 4, which VSIC mirrors.
 */
export interface BusinessLineOption {
  value: string;
  label: LocalizedText & { en: string };
}

const entries: readonly (readonly [code: string, vi: string, en: string])[] = [
  ['0118', 'Trồng rau, đậu các loại và trồng hoa', 'Growing of vegetables, pulses and flowers'],
  ['0145', 'Chăn nuôi lợn và sản xuất giống lợn', 'Raising of pigs and pig breeding'],
  ['0322', 'Nuôi trồng thủy sản nội địa', 'Freshwater aquaculture'],
  ['1020', 'Chế biến, bảo quản thủy sản và các sản phẩm từ thủy sản', 'Processing and preserving of fish and fish products'],
  ['1071', 'Sản xuất các loại bánh từ bột', 'Manufacture of bakery products'],
  ['1410', 'May trang phục (trừ trang phục từ da lông thú)', 'Manufacture of wearing apparel, except fur apparel'],
  ['2511', 'Sản xuất các cấu kiện kim loại', 'Manufacture of structural metal products'],
  ['2592', 'Gia công cơ khí; xử lý và tráng phủ kim loại', 'Machining; treatment and coating of metals'],
  ['3100', 'Sản xuất giường, tủ, bàn, ghế', 'Manufacture of furniture'],
  ['4101', 'Xây dựng nhà để ở', 'Construction of residential buildings'],
  ['4102', 'Xây dựng nhà không để ở', 'Construction of non-residential buildings'],
  ['4321', 'Lắp đặt hệ thống điện', 'Electrical installation'],
  ['4330', 'Hoàn thiện công trình xây dựng', 'Building completion and finishing'],
  ['4511', 'Bán buôn ô tô và xe có động cơ khác', 'Wholesale of cars and other motor vehicles'],
  ['4520', 'Bảo dưỡng, sửa chữa ô tô và xe có động cơ khác', 'Maintenance and repair of motor vehicles'],
  ['4530', 'Bán phụ tùng và các bộ phận phụ trợ của ô tô và xe có động cơ khác', 'Sale of motor vehicle parts and accessories'],
  ['4541', 'Bán mô tô, xe máy', 'Sale of motorcycles'],
  ['4542', 'Bảo dưỡng và sửa chữa mô tô, xe máy', 'Maintenance and repair of motorcycles'],
  ['4543', 'Bán phụ tùng và các bộ phận phụ trợ của mô tô, xe máy', 'Sale of motorcycle parts and accessories'],
  ['4620', 'Bán buôn nông, lâm sản nguyên liệu (trừ gỗ, tre, nứa) và động vật sống', 'Wholesale of agricultural raw materials (except wood and bamboo) and live animals'],
  ['4632', 'Bán buôn thực phẩm', 'Wholesale of food'],
  ['4649', 'Bán buôn đồ dùng khác cho gia đình', 'Wholesale of other household goods'],
  ['4659', 'Bán buôn máy móc, thiết bị và phụ tùng máy khác', 'Wholesale of other machinery, equipment and parts'],
  ['4663', 'Bán buôn vật liệu, thiết bị lắp đặt khác trong xây dựng', 'Wholesale of construction materials and installation equipment'],
  ['4690', 'Bán buôn tổng hợp', 'Non-specialised wholesale trade'],
  [
    '4711',
    'Bán lẻ lương thực, thực phẩm, đồ uống, thuốc lá, thuốc lào chiếm tỷ trọng lớn trong các cửa hàng kinh doanh tổng hợp',
    'Retail sale in non-specialised stores with food, beverages or tobacco predominating',
  ],
  ['4719', 'Bán lẻ khác trong các cửa hàng kinh doanh tổng hợp', 'Other retail sale in non-specialised stores'],
  ['4722', 'Bán lẻ thực phẩm trong các cửa hàng chuyên doanh', 'Retail sale of food in specialised stores'],
  ['4723', 'Bán lẻ đồ uống trong các cửa hàng chuyên doanh', 'Retail sale of beverages in specialised stores'],
  [
    '4741',
    'Bán lẻ máy vi tính, thiết bị ngoại vi, phần mềm và thiết bị viễn thông trong các cửa hàng chuyên doanh',
    'Retail sale of computers, peripheral units, software and telecommunications equipment in specialised stores',
  ],
  [
    '4752',
    'Bán lẻ đồ ngũ kim, sơn, kính và thiết bị lắp đặt khác trong xây dựng trong các cửa hàng chuyên doanh',
    'Retail sale of hardware, paints and glass in specialised stores',
  ],
  [
    '4771',
    'Bán lẻ hàng may mặc, giày dép, hàng da và giả da trong các cửa hàng chuyên doanh',
    'Retail sale of clothing, footwear and leather articles in specialised stores',
  ],
  [
    '4772',
    'Bán lẻ thuốc, dụng cụ y tế, mỹ phẩm và vật phẩm vệ sinh trong các cửa hàng chuyên doanh',
    'Retail sale of pharmaceutical and medical goods, cosmetic and toilet articles in specialised stores',
  ],
  ['4932', 'Vận tải hành khách đường bộ khác', 'Other passenger land transport'],
  ['4933', 'Vận tải hàng hóa bằng đường bộ', 'Freight transport by road'],
  ['5210', 'Kho bãi và lưu giữ hàng hóa', 'Warehousing and storage'],
  ['5229', 'Hoạt động dịch vụ hỗ trợ khác liên quan đến vận tải', 'Other transportation support activities'],
  ['5510', 'Dịch vụ lưu trú ngắn ngày', 'Short-term accommodation activities'],
  ['5610', 'Nhà hàng và các dịch vụ ăn uống phục vụ lưu động', 'Restaurants and mobile food service activities'],
  ['5621', 'Cung cấp dịch vụ ăn uống theo hợp đồng không thường xuyên với khách hàng', 'Event catering'],
  ['5630', 'Dịch vụ phục vụ đồ uống', 'Beverage serving activities'],
  ['6201', 'Lập trình máy vi tính', 'Computer programming activities'],
  ['6202', 'Tư vấn máy vi tính và quản trị hệ thống máy vi tính', 'Computer consultancy and computer facilities management'],
  [
    '6209',
    'Hoạt động dịch vụ công nghệ thông tin và dịch vụ khác liên quan đến máy vi tính',
    'Other information technology and computer service activities',
  ],
  [
    '6810',
    'Kinh doanh bất động sản, quyền sử dụng đất thuộc chủ sở hữu, chủ sử dụng hoặc đi thuê',
    'Real estate activities with own or leased property',
  ],
  ['6820', 'Tư vấn, môi giới, đấu giá bất động sản, đấu giá quyền sử dụng đất', 'Real estate consultancy, brokerage and auctions'],
  ['7020', 'Hoạt động tư vấn quản lý', 'Management consultancy activities'],
  ['7310', 'Quảng cáo', 'Advertising'],
  ['7911', 'Đại lý du lịch', 'Travel agency activities'],
  ['7912', 'Điều hành tua du lịch', 'Tour operator activities'],
  ['8299', 'Hoạt động dịch vụ hỗ trợ kinh doanh khác còn lại chưa được phân vào đâu', 'Other business support service activities n.e.c.'],
  ['8559', 'Giáo dục khác chưa được phân vào đâu', 'Other education n.e.c.'],
  ['9631', 'Cắt tóc, làm đầu, gội đầu', 'Hairdressing and other beauty treatment'],
];

export const businessLines: BusinessLineOption[] = entries.map(([code, vi, en]) => ({
  value: code,
  label: { vi: `${code} – ${vi}`, en: `${code} – ${en}` },
}));
