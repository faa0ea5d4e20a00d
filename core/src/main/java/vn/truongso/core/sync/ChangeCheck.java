package vn.truongso.core.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks a change must pass before anyone applies it, whatever its author may do: a known entity and
 * fields, well-formed values, and all required fields when it creates a row. Authorisation (school, role,
 * assignment, term lock) is the server's, on top of this.
 */
public final class ChangeCheck {
    private ChangeCheck() {}

    /** Problems of the change's shape; empty when it is well-formed. */
    public static List<String> shapeProblems(Change change) {
        List<String> problems = new ArrayList<>();
        if (change.id() == null || change.row() == null || change.device() == null || change.author() == null) {
            problems.add("a change needs id, row, dev and by");
        }
        if (change.deviceSeq() < 1) {
            problems.add("seq must be 1 or more");
        }
        if (change.fields().isEmpty()) {
            problems.add("a change must name at least one field");
        }
        try {
            Hlc.parse(change.hlc());
        } catch (IllegalArgumentException e) {
            problems.add("hlc is not an HLC reading");
        }
        Optional<SyncEntity> entity = SyncEntities.find(change.entity());
        if (entity.isEmpty()) {
            problems.add("unknown entity '" + change.entity() + "'");
            return problems;
        }
        for (String field : change.fields().keySet()) {
            if (!entity.get().fields().containsKey(field)) {
                problems.add("unknown field '" + field + "' of " + change.entity());
            }
        }
        return problems;
    }

    /** Problems of the values (a shape-checked change); {@code creates} when the row does not exist yet. */
    public static List<String> valueProblems(Change change, boolean creates) {
        SyncEntity entity = SyncEntities.find(change.entity()).orElseThrow();
        List<String> problems = new ArrayList<>();
        if (change.delete()) {
            return problems;
        }
        for (Map.Entry<String, FieldEdit> field : change.fields().entrySet()) {
            String value = field.getValue().value();
            if (value == null) {
                if (entity.required().contains(field.getKey())) {
                    problems.add(field.getKey() + " cannot be empty");
                }
                continue;
            }
            entity.fields().get(field.getKey()).problem(value).ifPresent(p -> problems.add(field.getKey() + ": " + p));
        }
        if (creates) {
            entity.required().stream().filter(name -> !change.fields().containsKey(name)).sorted()
                    .forEach(name -> problems.add("a new " + entity.name() + " needs " + name));
        }
        if ("assessment".equals(entity.name()) && change.fields().containsKey("score")
                && change.fields().containsKey("rating") && change.fields().get("score").value() != null
                && change.fields().get("rating").value() != null) {
            problems.add("a grade is a score or a rating, not both");
        }
        return problems;
    }
}
