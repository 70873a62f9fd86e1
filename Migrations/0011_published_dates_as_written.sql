-- Publication dates that mean something.
--
-- articles.published is the date as news-archive read it, ISO 8601 at its precision: '2005' (a year),
-- '2005-03' (a month), '2005-03-11' (a day) or '2005-03-11T10:03:00Z' (a moment, in UTC). Those strings
-- sort as the dates do. It is NULL when the article gives no date, or one that could not be read.
-- articles.published_as_written is the text the date was read from ("Friday, 11 March 2005, 10:03 GMT"),
-- from the file's metadata or --published; NULL when there was none.
--
-- Archives written before this kept in `published` the ISO form of the dates that could be read and
-- the text as written of the others. That value becomes published_as_written, and news-archive reads it
-- again into `published` in this migration's transaction (ArchiveStore.readPublishedDatesAgain): a
-- date it cannot read becomes NULL, never text compared as a date. actor_roles.published follows, and
-- with it each actor's latest role.

ALTER TABLE articles ADD COLUMN published_as_written TEXT;
UPDATE articles SET published_as_written = published WHERE published IS NOT NULL;
