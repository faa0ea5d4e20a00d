package vn.truongso.core.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.truongso.core.assets.StockTake.Discrepancy;
import vn.truongso.core.assets.StockTake.Kind;
import vn.truongso.core.assets.StockTake.Line;

class StockTakeTest {
    static Line reg(String code, String name, String room, int qty) {
        return new Line(code, name, room, qty);
    }

    static Line count(String code, String room, int qty) {
        return new Line(code, null, room, qty);
    }

    static final List<Line> REGISTER = List.of(
            reg("BAN-HS", "Bàn học sinh", "P.101", 20),
            reg("BAN-HS", "Bàn học sinh", "P.102", 20),
            reg("MC-01", "Máy chiếu Epson", "P.101", 1),
            reg("TV-01", "Tivi Samsung 55 inch", "Thư viện", 1),
            reg("MT-05", "Máy tính để bàn", "Phòng Tin", 5));

    @Test
    void countMatchingTheRegisterHasNoDiscrepancy() {
        List<Line> counted = List.of(
                count("ban-hs", " p.101 ", 12), count("BAN-HS", "P.101", 8),   // two sheets, case and spaces
                count("BAN-HS", "P.102", 20), count("MC-01", "P.101", 1),
                count("TV-01", "Thư  viện", 1), count("MT-05", "Phòng Tin", 5));
        assertThat(StockTake.compare(REGISTER, counted)).isEmpty();
    }

    @Test
    void everyKindInOneReportSortedByRoomThenCode() {
        List<Line> counted = List.of(
                count("BAN-HS", "P.101", 18),        // 2 short in P.101 ...
                count("BAN-HS", "P.102", 21),        // ... 1 of them found in P.102, 1 unexplained
                count("MC-01", "Thư viện", 1),       // projector moved entirely
                // TV-01 not counted anywhere: missing
                count("MT-05", "Phòng Tin", 4),      // one computer short
                count("MT-05", "P.102", 0),          // a zero line changes nothing
                count("TV-01", "P.101", 0),
                new Line("QUAT-09", "Quạt trần", "P.102", 2)); // not in the register
        List<Discrepancy> report = StockTake.compare(REGISTER, counted);
        assertThat(report).containsExactly(
                new Discrepancy(Kind.QUANTITY_DIFFERENCE, "BAN-HS", "Bàn học sinh", "P.101", null, 20, 18, -1),
                new Discrepancy(Kind.FOUND_IN_OTHER_ROOM, "BAN-HS", "Bàn học sinh", "P.101", "P.102", 20, 18, 1),
                new Discrepancy(Kind.FOUND_IN_OTHER_ROOM, "MC-01", "Máy chiếu Epson", "P.101", "Thư viện", 1, 0, 1),
                new Discrepancy(Kind.NOT_IN_REGISTER, "QUAT-09", "Quạt trần", "P.102", null, 0, 2, 2),
                new Discrepancy(Kind.QUANTITY_DIFFERENCE, "MT-05", "Máy tính để bàn", "Phòng Tin", null, 5, 4, -1),
                new Discrepancy(Kind.MISSING, "TV-01", "Tivi Samsung 55 inch", "Thư viện", null, 1, 0, -1));
    }

    @Test
    void surplusOfARegisteredAssetInARoomWithoutIt() {
        List<Line> register = List.of(reg("GHE-GV", "Ghế giáo viên", "P.101", 1));
        List<Line> counted = List.of(count("GHE-GV", "P.101", 1), count("GHE-GV", "P.201", 1));
        assertThat(StockTake.compare(register, counted)).containsExactly(
                new Discrepancy(Kind.SURPLUS, "GHE-GV", "Ghế giáo viên", "P.201", null, 0, 1, 1));
    }

    @Test
    void moreThanRegisteredInItsOwnRoomIsAQuantityDifference() {
        List<Line> register = List.of(reg("GHE-GV", "Ghế giáo viên", "P.101", 1));
        assertThat(StockTake.compare(register, List.of(count("GHE-GV", "P.101", 3)))).containsExactly(
                new Discrepancy(Kind.QUANTITY_DIFFERENCE, "GHE-GV", "Ghế giáo viên", "P.101", null, 1, 3, 2));
    }

    @Test
    void partlyMovedAndPartlyMissing() {
        List<Line> register = List.of(reg("LOA", "Loa kéo", "Hội trường", 3));
        assertThat(StockTake.compare(register, List.of(count("LOA", "P.101", 2)))).containsExactly(
                new Discrepancy(Kind.MISSING, "LOA", "Loa kéo", "Hội trường", null, 3, 0, -1),
                new Discrepancy(Kind.FOUND_IN_OTHER_ROOM, "LOA", "Loa kéo", "Hội trường", "P.101", 3, 0, 2));
    }

    @Test
    void movesPairRoomsInSortedOrderSoEveryPcAgrees() {
        List<Line> register = List.of(reg("BAN", "Bàn", "A", 1), reg("BAN", "Bàn", "B", 1));
        List<Line> counted = List.of(count("BAN", "D", 1), count("BAN", "C", 1));
        List<Discrepancy> one = StockTake.compare(register, counted);
        assertThat(one).extracting(Discrepancy::room, Discrepancy::foundInRoom)
                .containsExactly(tuple("A", "C"), tuple("B", "D"));
        assertThat(StockTake.compare(register.reversed(), counted.reversed())).isEqualTo(one);
    }

    @Test
    void nothingCountedMeansEverythingMissing() {
        assertThat(StockTake.compare(REGISTER, List.of()))
                .extracting(Discrepancy::kind).containsOnly(Kind.MISSING).hasSize(5);
        assertThat(StockTake.compare(List.of(), List.of())).isEmpty();
    }

    @Test
    void linesAreValidated() {
        assertThatThrownBy(() -> new Line(" ", "x", "P.101", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Line("A", "x", "", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Line("A", "x", "P.101", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Line(null, "x", "P.101", 1)).isInstanceOf(NullPointerException.class);
    }
}
