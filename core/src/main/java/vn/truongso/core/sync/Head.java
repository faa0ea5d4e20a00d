package vn.truongso.core.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.UUID;

/**
 * One edit of a field that no later edit has replaced. {@code version} is the id of the change that made it;
 * a tombstone head records a delete (with its version, so a concurrent edit is seen as a conflict, not lost).
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record Head(@JsonProperty("v") UUID version,
                   @JsonProperty("val") String value,
                   @JsonProperty("del") boolean tombstone,
                   @JsonProperty("hlc") String hlc,
                   @JsonProperty("dev") UUID device,
                   @JsonProperty("by") UUID author) {
}
