package vn.truongso.server;

public final class SyncServerMain {
    public static void main(String[] args) {
        System.out.println("placeholder");
    }
}
