package vn.truongso.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.FieldEdit;
import vn.truongso.core.sync.Hlc;
import vn.truongso.core.sync.Protocol;
import vn.truongso.core.sync.ProtocolJson;
import vn.truongso.server.testing.TestDevice;

/** A PC's side of push and pull in server tests: changes built as the app builds them, sent as the app sends them. */
final class Pushes {
    private final TestDevice device;
    private long seq;

    Pushes(TestDevice device) {
        this.device = device;
    }

    Pushes startingAt(long nextSeq) {
        seq = nextSeq - 1;
        return this;
    }

    /** A new grade cell of the small school (all its fields), by {@code author}. */
    Change newGrade(SmallSchool school, UUID author, String kind, int number, String score) {
        Map<String, FieldEdit> fields = new LinkedHashMap<>();
        fields.put("student_id", new FieldEdit(school.student().toString(), List.of()));
        fields.put("subject_id", new FieldEdit(school.maths().toString(), List.of()));
        fields.put("term_id", new FieldEdit(school.term().toString(), List.of()));
        fields.put("kind", new FieldEdit(kind, List.of()));
        fields.put("seq", new FieldEdit(String.valueOf(number), List.of()));
        fields.put("score", new FieldEdit(score, List.of()));
        return change("assessment", school.cell(kind, number), fields, author);
    }

    Change edit(String entity, UUID row, String field, String value, List<UUID> base, UUID author) {
        return change(entity, row, Map.of(field, new FieldEdit(value, base)), author);
    }

    Change change(String entity, UUID row, Map<String, FieldEdit> fields, UUID author) {
        return Change.edit(Ids.newId(), entity, row, fields, new Hlc(System.currentTimeMillis(), 0), device.id(), ++seq,
                author);
    }

    HttpResponse<String> send(List<Change> changes) {
        return device.postJson("/v2/push", ProtocolJson.write(new Protocol.PushRequest(changes)));
    }

    Protocol.PushResponse push(List<Change> changes) {
        HttpResponse<String> response = send(changes);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ProtocolJson.read(response.body(), Protocol.PushResponse.class);
    }

    /** A push that asks for the accepted changes' outcomes as runs of sequence numbers, as the app does. */
    Protocol.PushResponse pushAskingForRuns(List<Change> changes) {
        HttpResponse<String> response = device.postJson("/v2/push?results=runs",
                ProtocolJson.write(new Protocol.PushRequest(changes)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ProtocolJson.read(response.body(), Protocol.PushResponse.class);
    }

    /** A pull that asks for this device's own changes as runs of sequence numbers, as the app does. */
    Protocol.PullPage pullOwnAsRuns(long after, int limit) {
        HttpResponse<String> response = device.get("/v2/pull?after=" + after + "&limit=" + limit + "&ownChanges=runs");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ProtocolJson.read(response.body(), Protocol.PullPage.class);
    }

    Protocol.PushResponse push(Change... changes) {
        return push(List.of(changes));
    }

    Protocol.PullPage pull(long after, int limit) {
        HttpResponse<String> response = device.get("/v2/pull?after=" + after + "&limit=" + limit);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ProtocolJson.read(response.body(), Protocol.PullPage.class);
    }

    /** Every entry of the school's log after {@code after}, page by page. */
    List<Protocol.PullEntry> pullAll(long after, int pageSize) {
        List<Protocol.PullEntry> entries = new ArrayList<>();
        Protocol.PullPage page;
        long cursor = after;
        do {
            page = pull(cursor, pageSize);
            entries.addAll(page.entries());
            cursor = page.last();
        } while (page.more());
        return entries;
    }

    Protocol.SnapshotPage snapshot(Long at, Protocol.SnapshotPosition after, int limit) {
        String query = "?limit=" + limit + (at == null ? "" : "&at=" + at)
                + (after == null ? "" : "&afterEntity=" + after.entity() + "&afterRow=" + after.row());
        HttpResponse<String> response = device.get("/v2/snapshot" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ProtocolJson.read(response.body(), Protocol.SnapshotPage.class);
    }
}
