import NewsIngest
import NewsSQLite

extension ArchiveStore {
    /// The migrations compiled in (`Migrations/*.sql`), with the work on rows their SQL cannot do.
    static let migrator = Migrator(
        migrations: Migration.bundled,
        followUps: [
            "0011_published_dates_as_written": readPublishedDatesAgain,
            "0015_near_duplicates": findNearDuplicatesOfStoredArticles,
        ])

    /// Reads every article's `published_as_written` again into `published` (NULL when it is no date), and
    /// brings `actor_roles.published` and each actor's latest role in step (migration 0011).
    @Sendable static func readPublishedDatesAgain(in connection: Connection) throws {
        let rows = try connection.rows(
            "SELECT id, published, published_as_written FROM articles WHERE published_as_written IS NOT NULL")
        for row in rows {
            let date = row[2].string.flatMap { try? PublishedDate(reading: $0).iso8601 }
            if date != row[1].string { try connection.run("UPDATE articles SET published = ? WHERE id = ?", date, row[0].int) }
        }
        try connection.execute(
            """
            UPDATE actor_roles SET published = (SELECT published FROM articles WHERE id = actor_roles.article_id)
            WHERE published IS NOT (SELECT published FROM articles WHERE id = actor_roles.article_id)
            """)
        try connection.execute(latestRoleUpdate + " WHERE id IN (SELECT actor_id FROM actor_roles)")
    }
}
