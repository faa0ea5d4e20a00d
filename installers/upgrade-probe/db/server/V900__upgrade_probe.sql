-- Only in the server package check-debs.sh builds as version N+1 (-Dinstaller.upgradeProbe): a migration that
-- version N did not have, so that the upgrade test sees the new version migrate the old version's database.
-- Never shipped. (Not for the app: it runs Flyway only when its store is not at the version it was built with.)
CREATE TABLE upgrade_probe (id INT PRIMARY KEY);
