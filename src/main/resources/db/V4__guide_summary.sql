-- Version 4: a teaser's sentence under its title (今日导读 entries that end in 详见2版).
ALTER TABLE guide_entry ADD COLUMN summary TEXT;
