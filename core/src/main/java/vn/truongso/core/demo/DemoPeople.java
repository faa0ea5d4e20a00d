package vn.truongso.core.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;

/**
 * Invented but realistic people of a school in Bắc Hà, Lào Cai: names by ethnic group, parents, places. Every
 * string leaves here in Unicode NFC. Pure functions of the {@link Random} passed in, so a seed gives one school.
 */
final class DemoPeople {

    /** Ethnic groups by the official list of 54 (the Hmong are "Mông" there, often written H'Mông). */
    enum Ethnicity {
        KINH("Kinh", 62), TAY("Tày", 10), MONG("Mông", 12), DAO("Dao", 7), NUNG("Nùng", 5), GIAY("Giáy", 4);

        final String label;
        final double weight;

        Ethnicity(String label, double weight) {
            this.label = label;
            this.weight = weight;
        }
    }

    record Person(String family, String middle, String given, boolean male, Ethnicity ethnicity) {
        String fullName() {
            return nfc(middle.isEmpty() ? family + " " + given : family + " " + middle + " " + given);
        }
    }

    record Weighted(String value, double weight) {}

    // Kinh family names with their approximate share of the population (Nguyễn ~38 %); Huỳnh and Võ are the
    // southern forms of Hoàng and Vũ, rare in the north.
    private static final List<Weighted> KINH_FAMILY = weights(
            "Nguyễn", 38, "Trần", 11, "Lê", 9.5, "Phạm", 7, "Hoàng", 5, "Phan", 4.5, "Vũ", 3.9, "Đặng", 2.1,
            "Bùi", 2, "Đỗ", 1.4, "Hồ", 1.3, "Ngô", 1.3, "Dương", 1, "Huỳnh", 0.8, "Võ", 0.8, "Lý", 0.5,
            "Đinh", 1.5, "Trịnh", 1.5, "Đào", 1.5, "Mai", 1, "Hà", 1, "Lương", 1, "Cao", 0.8, "Lưu", 0.7);
    private static final List<Weighted> TAY_FAMILY = weights(
            "Hoàng", 25, "Nông", 20, "Lương", 12, "Hà", 12, "Ma", 8, "Vi", 8, "Ngôn", 5, "Đinh", 5, "Lò", 5);
    private static final List<Weighted> MONG_FAMILY = weights(
            "Giàng", 20, "Sùng", 15, "Vàng", 15, "Thào", 12, "Lù", 10, "Lý", 8, "Hầu", 6, "Mùa", 6, "Cư", 4, "Ly", 4);
    private static final List<Weighted> DAO_FAMILY = weights(
            "Bàn", 25, "Triệu", 20, "Đặng", 15, "Lý", 15, "Tẩn", 15, "Chảo", 10);
    private static final List<Weighted> NUNG_FAMILY = weights(
            "Nông", 25, "Hoàng", 20, "Vi", 15, "Lương", 15, "Lục", 10, "Chu", 10);
    private static final List<Weighted> GIAY_FAMILY = weights(
            "Lù", 25, "Hoàng", 20, "Lò", 20, "Vương", 15, "Sần", 10);

    // Middle + given names common for children born 2008–2015.
    private static final List<String> BOYS = List.of(
            "Gia Bảo", "Đức Huy", "Minh Khôi", "Hoàng Long", "Minh Quân", "Anh Tuấn", "Quang Minh", "Đức Anh",
            "Minh Đức", "Tuấn Kiệt", "Bảo Nam", "Hải Đăng", "Trung Kiên", "Thành Đạt", "Quốc Bảo", "Nhật Minh",
            "Đăng Khoa", "Minh Hiếu", "Hữu Phúc", "Tiến Dũng", "Duy Khánh", "Gia Huy", "Minh Trí", "Hoàng Phúc",
            "Anh Khoa", "Quang Huy", "Trọng Hiếu", "Việt Hoàng", "Đình Phong", "Bảo Long", "Minh Nhật",
            "Xuân Trường", "Tuấn Anh", "Hoàng Nam", "Đức Mạnh", "Mạnh Cường", "Công Vinh", "Thế Anh",
            "Khánh Duy", "Minh Tuấn", "Phúc An", "Đăng Quang", "Quốc Huy", "Hải Nam", "Trí Dũng");
    private static final List<String> GIRLS = List.of(
            "Minh Anh", "Ngọc Hân", "Thảo Vy", "Bảo Ngọc", "Khánh Linh", "Phương Anh", "Ngọc Diệp", "Thu Trang",
            "Hà My", "Diệu Linh", "Gia Hân", "Khánh Huyền", "Thanh Hương", "Mai Anh", "Ngọc Ánh", "Thùy Dương",
            "Phương Thảo", "Hải Yến", "Quỳnh Chi", "Lan Anh", "Tú Anh", "Minh Thư", "Bảo Châu", "Yến Nhi",
            "Kim Ngân", "Hồng Nhung", "Cẩm Tú", "Ngọc Mai", "Thu Hà", "Như Quỳnh", "Vân Anh", "Trà My",
            "Diễm Quỳnh", "An Nhiên", "Thanh Thảo", "Bích Ngọc", "Hoài An", "Khánh Vy", "Ngọc Trâm", "Thu Uyên",
            "Quế Anh", "Mỹ Linh", "Thùy Linh", "Huyền Trang");
    // Single given names that follow "Văn" / "Thị", still common in the rural north.
    private static final List<String> BOY_GIVEN = List.of(
            "Hùng", "Nam", "Tuấn", "Dũng", "Long", "Hải", "Thắng", "Toàn", "Tiến", "Lâm", "Quý", "Sơn",
            "Khánh", "Phong", "Hưng", "Đạt", "Hiếu", "Kiên", "Tài", "Trường");
    private static final List<String> GIRL_GIVEN = List.of(
            "Huyền", "Hoa", "Lan", "Hương", "Mai", "Trang", "Thảo", "Ngọc", "Hằng", "Nga", "Linh", "Yến",
            "Dung", "Vân", "Hạnh", "Loan", "Thu", "Nhung", "Phương", "Chi");
    // Traditional names of the Mông and Dao in Lào Cai.
    private static final List<String> MONG_MALE_MIDDLE = List.of("Seo", "Seo", "A", "A", "Văn");
    private static final List<String> MONG_BOY_GIVEN = List.of(
            "Páo", "Chứ", "Sử", "Dìn", "Pằng", "Chảo", "Lử", "Phừ", "Sình", "Tủa", "Chính", "Vần");
    private static final List<String> MONG_GIRL_GIVEN = List.of(
            "Mỷ", "Dế", "Chi", "Say", "Xí", "Mai", "Pà", "Dính", "Dua", "Sính");
    private static final List<String> DAO_MALE_MIDDLE = List.of("Văn", "Văn", "Láo", "Seo");
    private static final List<String> DAO_BOY_GIVEN = List.of("Lở", "Quẩy", "Phin", "Chản", "Vần", "Tả", "Kiên");
    private static final List<String> DAO_GIRL_GIVEN = List.of("Mẩy", "Chiêm", "Xuân", "Nhất", "Mây", "Lìu");

    // Parents, born roughly 1970–1992.
    private static final List<String> MEN_MIDDLE = List.of(
            "Văn", "Văn", "Văn", "Văn", "Đức", "Quang", "Minh", "Xuân", "Hữu", "Mạnh", "Ngọc", "Đình");
    private static final List<String> MEN_GIVEN = List.of(
            "Hùng", "Dũng", "Tuấn", "Hải", "Thắng", "Cường", "Minh", "Hoàng", "Long", "Quang", "Sơn", "Thành",
            "Trung", "Đức", "Bình", "Hiếu", "Nam", "Phong", "Tiến", "Toàn", "Khánh", "Hưng", "Vinh", "Chiến",
            "Lợi", "Thịnh", "Tú", "Hòa");
    private static final List<String> WOMEN_MIDDLE = List.of(
            "Thị", "Thị", "Thị", "Thị", "Thị", "Thị Thu", "Thị Thanh", "Thị Minh", "Thanh", "Thu", "Ngọc");
    private static final List<String> WOMEN_GIVEN = List.of(
            "Hoa", "Lan", "Hương", "Hằng", "Nga", "Thủy", "Huyền", "Hà", "Hạnh", "Loan", "Phương", "Thảo",
            "Mai", "Oanh", "Yến", "Tuyết", "Dung", "Liên", "Nhung", "Vân", "Hiền", "Thúy");

    // Places: birth (communes as they were named before the 2025 reorganisation), current address (two-tier local
    // government since 1 July 2025: hamlet, commune, province), home town (quê quán).
    private static final List<String> LOCAL_BIRTHPLACES = List.of(
            "Thị trấn Bắc Hà, huyện Bắc Hà, tỉnh Lào Cai", "Xã Na Hối, huyện Bắc Hà, tỉnh Lào Cai",
            "Xã Bản Phố, huyện Bắc Hà, tỉnh Lào Cai", "Xã Tà Chải, huyện Bắc Hà, tỉnh Lào Cai",
            "Xã Thải Giàng Phố, huyện Bắc Hà, tỉnh Lào Cai", "Xã Lùng Phình, huyện Bắc Hà, tỉnh Lào Cai",
            "Xã Bảo Nhai, huyện Bắc Hà, tỉnh Lào Cai", "Xã Nậm Mòn, huyện Bắc Hà, tỉnh Lào Cai",
            "Xã Hoàng Thu Phố, huyện Bắc Hà, tỉnh Lào Cai", "Xã Lầu Thí Ngài, huyện Bắc Hà, tỉnh Lào Cai");
    private static final List<String> OTHER_BIRTHPLACES = List.of(
            "Phường Cốc Lếu, thành phố Lào Cai, tỉnh Lào Cai", "Thị trấn Phố Lu, huyện Bảo Thắng, tỉnh Lào Cai",
            "Thị trấn Phố Ràng, huyện Bảo Yên, tỉnh Lào Cai", "Phường Đồng Tâm, thành phố Yên Bái, tỉnh Yên Bái",
            "Phường Văn Quán, quận Hà Đông, thành phố Hà Nội", "Phường Gia Cẩm, thành phố Việt Trì, tỉnh Phú Thọ");
    private static final List<String> HAMLETS = List.of(
            "Tổ dân phố Bắc Hà 1", "Tổ dân phố Bắc Hà 2", "Tổ dân phố Na Quang", "Tổ dân phố Nậm Thố",
            "Thôn Na Hối Tày", "Thôn Bản Phố", "Thôn Tả Chải", "Thôn Na Kim", "Thôn Nậm Khánh", "Thôn Sín Chải",
            "Thôn Ngải Thầu", "Thôn Làng Mới");
    private static final List<String> KINH_HOME_TOWNS = List.of(
            "Nam Định", "Thái Bình", "Phú Thọ", "Hưng Yên", "Hải Dương", "Thanh Hóa", "Yên Bái", "Vĩnh Phúc");

    private DemoPeople() {}

    static Ethnicity ethnicity(Random random) {
        double total = 0;
        for (Ethnicity e : Ethnicity.values()) {
            total += e.weight;
        }
        double x = random.nextDouble() * total;
        for (Ethnicity e : Ethnicity.values()) {
            x -= e.weight;
            if (x < 0) {
                return e;
            }
        }
        return Ethnicity.KINH;
    }

    static Person child(Random random, boolean male, Ethnicity ethnicity) {
        String family = pickWeighted(random, familyNames(ethnicity));
        double style = random.nextDouble();
        return switch (ethnicity) {
            case MONG -> style < 0.55
                    ? male ? new Person(family, pick(random, MONG_MALE_MIDDLE), pick(random, MONG_BOY_GIVEN), true, ethnicity)
                           : new Person(family, "Thị", pick(random, MONG_GIRL_GIVEN), false, ethnicity)
                    : plainChild(random, family, male, ethnicity);
            case DAO -> style < 0.45
                    ? male ? new Person(family, pick(random, DAO_MALE_MIDDLE), pick(random, DAO_BOY_GIVEN), true, ethnicity)
                           : new Person(family, "Thị", pick(random, DAO_GIRL_GIVEN), false, ethnicity)
                    : plainChild(random, family, male, ethnicity);
            case KINH -> style < 0.15 ? plainChild(random, family, male, ethnicity)
                    : modernChild(random, family, male, ethnicity);
            default -> style < 0.45 ? plainChild(random, family, male, ethnicity)
                    : modernChild(random, family, male, ethnicity);
        };
    }

    /** A parent's full name; a father keeps the child's family name, a mother has her own. */
    static String parent(Random random, Person child, boolean father) {
        Ethnicity e = child.ethnicity();
        String family = child.family();
        for (int tries = 0; !father && family.equals(child.family()) && tries < 5; tries++) {
            family = pickWeighted(random, familyNames(e)); // mothers mostly come from another family (clan)
        }
        if (e == Ethnicity.MONG) {
            return father ? nfc(family + " " + pick(random, MONG_MALE_MIDDLE) + " " + pick(random, MONG_BOY_GIVEN))
                    : nfc(family + " Thị " + pick(random, MONG_GIRL_GIVEN));
        }
        String middle = pick(random, father ? MEN_MIDDLE : WOMEN_MIDDLE);
        String given;
        do {
            given = pick(random, father ? MEN_GIVEN : WOMEN_GIVEN);
        } while (middle.endsWith(given)); // no "Quang Quang", "Thu Thu"
        return nfc(family + " " + middle + " " + given);
    }

    static String birthplace(Random random, Ethnicity e) {
        return e == Ethnicity.KINH && random.nextDouble() < 0.2 ? pick(random, OTHER_BIRTHPLACES)
                : pick(random, LOCAL_BIRTHPLACES);
    }

    static String address(Random random) {
        return nfc(pick(random, HAMLETS) + ", xã Bắc Hà, tỉnh Lào Cai");
    }

    static String homeTown(Random random, Ethnicity e) {
        // Many Kinh families came up from the delta; their children's quê quán is the father's home province.
        return nfc("Tỉnh " + (e == Ethnicity.KINH && random.nextDouble() < 0.45 ? pick(random, KINH_HOME_TOWNS)
                : "Lào Cai"));
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static Person modernChild(Random random, String family, boolean male, Ethnicity e) {
        String[] pair = pick(random, male ? BOYS : GIRLS).split(" ");
        return new Person(family, pair[0], pair[1], male, e);
    }

    private static Person plainChild(Random random, String family, boolean male, Ethnicity e) {
        return new Person(family, male ? "Văn" : "Thị", pick(random, male ? BOY_GIVEN : GIRL_GIVEN), male, e);
    }

    private static String pick(Random random, List<Weighted> items, double total) {
        double x = random.nextDouble() * total;
        for (Weighted w : items) {
            x -= w.weight();
            if (x < 0) {
                return w.value();
            }
        }
        return items.getLast().value();
    }

    private static String pickWeighted(Random random, List<Weighted> items) {
        return pick(random, items, items.stream().mapToDouble(Weighted::weight).sum());
    }

    private static List<Weighted> familyNames(Ethnicity e) {
        return switch (e) {
            case KINH -> KINH_FAMILY;
            case TAY -> TAY_FAMILY;
            case MONG -> MONG_FAMILY;
            case DAO -> DAO_FAMILY;
            case NUNG -> NUNG_FAMILY;
            case GIAY -> GIAY_FAMILY;
        };
    }

    private static List<Weighted> weights(Object... pairs) {
        Weighted[] result = new Weighted[pairs.length / 2];
        for (int i = 0; i < pairs.length; i += 2) {
            result[i / 2] = new Weighted(nfc((String) pairs[i]), ((Number) pairs[i + 1]).doubleValue());
        }
        return List.of(result);
    }
}
