package vn.truongso.systemtests;

import vn.truongso.server.http.ServerContext;
import vn.truongso.server.school.School;

/** {@link TinySchool} for the crash test's server process, which lives in another package. */
public final class TinySchoolAccess {
    private TinySchoolAccess() {}

    public static School create(ServerContext context, School school) {
        return TinySchool.create(context, school);
    }
}
