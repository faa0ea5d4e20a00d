package vn.truongso.core.transcripts;

/**
 * The school as the transcript's header and first page name it.
 *
 * @param authority the managing authority printed above the school's name, e.g. "Sở Giáo dục và Đào tạo Lào Cai"
 * @param name      e.g. "Trường THCS và THPT Bắc Hà"
 * @param code      the ministry's school code (mã trường), optional
 * @param commune   xã / phường, optional
 * @param district  huyện; {@code null} for addresses after the 2025 reform, which abolished districts
 * @param province  tỉnh / thành phố
 * @param place     the place name used in "…, ngày … tháng … năm …" above the signatures, e.g. "Bắc Hà"
 */
public record SchoolInfo(String authority, String name, String code, String commune, String district,
                         String province, String place) {
    public SchoolInfo {
        authority = Texts.required(authority, "authority");
        name = Texts.required(name, "name");
        code = Texts.optional(code);
        commune = Texts.optional(commune);
        district = Texts.optional(district);
        province = Texts.required(province, "province");
        place = Texts.required(place, "place");
    }
}
