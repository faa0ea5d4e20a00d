package vn.truongso.core.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A new value for one field ({@code null} = empty) and the versions of that field its editor saw (the
 * base). An empty base means the editor saw the field never written.
 */
public record FieldEdit(@JsonProperty("val") @JsonInclude(JsonInclude.Include.ALWAYS) String value,
                        @JsonProperty("base") List<UUID> base) {
    public FieldEdit {
        base = base == null ? List.of() : base.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    public static FieldEdit of(String value, java.util.Collection<UUID> base) {
        return new FieldEdit(value, List.copyOf(base));
    }
}
