package vn.truongso.core.school;

import java.util.Objects;
import java.util.UUID;

/**
 * A school.
 *
 * @param code the school's code in the ministry's database (mã trường), used to match imports and reports
 */
public record School(UUID id, String code, String name) {
    public School {
        Objects.requireNonNull(id, "id");
        code = Names.required(code, "code");
        if (code.contains(" ")) {
            throw new IllegalArgumentException("school code must not contain spaces: " + code);
        }
        name = Names.required(name, "name");
    }
}
