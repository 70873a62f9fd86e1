-- Articles by publication date, for `news-archive trend`.
--
-- A trend counts the archive's articles per day, week or month beside each series' matches: one
-- `GROUP BY substr(published, 1, 10)` over every article. This index holds `published` alone, so that
-- count reads a few pages of it instead of every row of `articles` (whose rows hold the original
-- files).
CREATE INDEX articles_published ON articles (published);
