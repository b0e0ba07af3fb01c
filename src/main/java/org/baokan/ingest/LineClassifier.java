package org.baokan.ingest;

import org.baokan.model.PageLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives each line the type its own wording shows: masthead, paper name, boilerplate, page label,
 * guide box title and references, credits, datelines, bullets. Everything else stays TEXT for
 * {@link HeadlineDetector} to decide.
 */
final class LineClassifier {
    private LineClassifier() {
    }

    static List<TypedLine> classify(List<Line> lines) {
        List<TypedLine> out = new ArrayList<>(lines.size() + 4);
        for (Line line : lines) {
            classifyLine(line, out);
        }
        markPageLists(out);
        markGuideLinesWithLeadingPage(out);
        markRundowns(out);
        markTitledItems(out);
        markClosingNames(out);
        markRelatedLinks(out);
        markRunningHeads(out);
        markTitlesAboveSourceLines(out);
        markMenus(out);
        markWordsBetweenSourceAndStory(out);
        markAuthorsUnderTitles(out);
        markOwnTitleLists(out);
        markAccountsBesideChrome(out);
        markPaperName(out);
        markMediaCaptions(out);
        return out;
    }

    private static void classifyLine(Line line, List<TypedLine> out) {
        String text = line.text();
        String key = line.key();
        Optional<MastheadFacts> masthead = MastheadParser.parse(text, key);
        if (masthead.isPresent()) {
            out.add(new TypedLine(line, LineType.MASTHEAD, text, null, null, masthead.get()));
            return;
        }
        if (PageFurniture.isGuideHeader(key)) {
            out.add(TypedLine.of(line, LineType.GUIDE_HEADER));
            return;
        }
        Optional<MastheadFacts> paperAndLabel = paperAndLabel(text, key);
        if (paperAndLabel.isPresent()) {
            out.add(new TypedLine(line, LineType.MASTHEAD, text, null, null, paperAndLabel.get()));
            return;
        }
        Optional<PageLabel> label = PageFurniture.pageLabel(key);
        if (label.isPresent()) {
            out.add(new TypedLine(line, LineType.PAGE_LABEL, text, label.get(), null, null));
            return;
        }
        Optional<String> ref = PageFurniture.guideRef(key);
        if (ref.isPresent()) {
            out.add(new TypedLine(line, LineType.GUIDE_REF, ref.get(), null, null, null));
            return;
        }
        Optional<WebChrome.Facts> chrome = WebChrome.read(key);
        if (chrome.isPresent()) {
            WebChrome.Facts f = chrome.get();
            if (f.label() != null && f.date() == null && f.total() == null && f.paper() == null) {
                out.add(new TypedLine(line, LineType.PAGE_LABEL, text, f.label(), null, null));
            } else {
                MastheadFacts facts = f.isEmpty() ? null : MastheadFacts.of(withPrintedPaper(f, text, key));
                java.util.regex.Matcher author = AUTHOR_FIELD.matcher(key);
                Optional<Byline> credit = author.find() ? BylineParser.parseBylineLine(text.substring(author.start(), author.end()))
                        : Optional.empty();
                if (credit.isPresent() && credit.get().kind() == BylineParser.Kind.BYLINE && allNames(credit.get())) {
                    // 来源:乡村干部报 作者:本报记者 王书明: the source line is chrome, its author the story's byline
                    String rest = (text.substring(0, author.start()) + " " + text.substring(author.end())).strip();
                    out.add(new TypedLine(line, LineType.CHROME, LineNormalizer.collapseSpaces(rest), null, null, facts));
                    out.add(new TypedLine(line, LineType.CREDIT, text.substring(author.start(), author.end()).strip(), null,
                            credit.get(), null));
                } else {
                    out.add(new TypedLine(line, LineType.CHROME, text, null, null, facts));
                }
            }
            return;
        }
        if (PageFurniture.isBoilerplate(key)) {
            out.add(TypedLine.of(line, LineType.BOILERPLATE));
            return;
        }
        // the byline rules read the printed text folded, which on a page in simplified script may differ from the key
        String folded = Scripts.fold(text);
        Optional<Byline> credit = BylineParser.parseCredit(text, folded);
        if (credit.isPresent()) {
            out.add(new TypedLine(line, LineType.CREDIT, text, null, credit.get(), null));
            return;
        }
        Optional<String[]> split = PageFurniture.splitTrailingLabel(text);
        if (split.isPresent()) {
            Optional<Byline> c = BylineParser.parseCredit(split.get()[0]);
            Optional<PageLabel> l = PageFurniture.pageLabel(split.get()[1]);
            if (c.isPresent() && l.isPresent()) {
                out.add(new TypedLine(line, LineType.CREDIT, split.get()[0], null, c.get(), null));
                out.add(new TypedLine(line, LineType.PAGE_LABEL, split.get()[1], l.get(), null, null));
                return;
            }
        }
        Optional<String[]> teaser = PageFurniture.splitTeaser(text);
        if (teaser.isPresent()) {
            // a teaser's sentence, then the page it points to: …总投资186亿元。详见2版
            out.add(new TypedLine(line, LineType.TEXT, teaser.get()[0], null, null, null));
            out.add(new TypedLine(line, LineType.GUIDE_REF, teaser.get()[1], null, null, null));
            return;
        }
        Optional<Byline> bylineLine = BylineParser.parseBylineLine(text, folded);
        if (bylineLine.isPresent()) {
            out.add(new TypedLine(line, LineType.CREDIT, text, null, bylineLine.get(), null));
            return;
        }
        BylineParser.TrailingCredit photo = BylineParser.trailingPhotoCredit(text, folded);
        if (photo != null) {
            // a caption with its photo credit: the credit closes the caption's story
            String caption = text.substring(0, photo.start()).strip();
            String captionKey = Scripts.fold(caption);
            LineType type = BylineParser.startsWithDateline(captionKey) ? LineType.DATELINE : LineType.TEXT;
            out.add(new TypedLine(line, type, caption, null, null, null));
            out.add(new TypedLine(line, LineType.CREDIT, text.substring(photo.start()).strip(), null, photo.credit(), null));
            return;
        }
        if (BylineParser.startsWithDateline(key)) {
            out.add(TypedLine.of(line, LineType.DATELINE));
            return;
        }
        if (isBullet(text)) {
            out.add(TypedLine.of(line, LineType.BULLET));
            return;
        }
        out.add(TypedLine.of(line, LineType.TEXT));
    }

    private static final java.util.regex.Pattern NAME_THEN_LABEL = java.util.regex.Pattern.compile("^(\\S{2,12})\\s+(第?\\s*[A-Za-z]{0,2}\\d{1,3}\\s*版.*)$");

    /** A paper's name and the page's label in one line, without a date: {@code 昆山日报 第A03版}. */
    private static Optional<MastheadFacts> paperAndLabel(String text, String key) {
        if (key.length() > 40 || !key.contains("版")) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = NAME_THEN_LABEL.matcher(key.strip());
        if (!m.matches() || !PageFurniture.looksLikePaperName(m.group(1))) {
            return Optional.empty();
        }
        Optional<PageLabel> label = PageFurniture.pageLabel(m.group(2)).or(() -> WebChrome.pageHeader(m.group(2)).map(WebChrome.Facts::label));
        String paper = text.strip().substring(0, m.group(1).length());
        return label.map(l -> new MastheadFacts(null, null, null, null, null, null, l, paper));
    }

    /** The paper a chrome line names, cut from the printed text rather than the folded one. */
    private static WebChrome.Facts withPrintedPaper(WebChrome.Facts f, String text, String key) {
        if (f.paper() == null) {
            return f;
        }
        int at = key.indexOf(f.paper());
        String printed = at < 0 ? f.paper() : text.substring(at, at + f.paper().length());
        return new WebChrome.Facts(f.date(), printed, f.label(), f.total());
    }

    /**
     * A column of short items each under its own title (要闻简报: {@code ■县领导督查冬季安全生产工作} over one
     * paragraph): the bulleted titles are headlines, so that each item is a story of its own. Two
     * such items at least, each title one short line and each item one paragraph; a story's
     * bulleted crossheads over several paragraphs stay as they are.
     */
    private static void markTitledItems(List<TypedLine> lines) {
        List<Integer> titles = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            TypedLine t = lines.get(i);
            if (t.type() != LineType.BULLET) {
                continue;
            }
            String title = withoutBullet(t.text());
            String key = withoutBullet(t.key());
            if (key.isEmpty() || Chars.width(key) > 30 || !HeadlineShape.isShaped(key) || key.indexOf('，') >= 0
                    || key.indexOf(',') >= 0 || title.length() != key.length()) {
                continue;
            }
            int j = i + 1;
            if (lines.get(j).type() != LineType.TEXT && lines.get(j).type() != LineType.DATELINE) {
                continue;
            }
            // the item's paragraph, perhaps hard-wrapped over lines set close together
            j++;
            while (j < lines.size() && lines.get(j).type() == LineType.TEXT && lines.get(j).line().blankBefore() == 0) {
                j++;
            }
            boolean oneParagraph = j >= lines.size() || lines.get(j).type() != LineType.TEXT;
            if (oneParagraph) {
                titles.add(i);
            }
        }
        if (titles.size() < 2) {
            return;
        }
        for (int i : titles) {
            TypedLine t = lines.get(i);
            lines.set(i, new TypedLine(t.line(), LineType.HEADLINE, withoutBullet(t.text()), null, null, null));
        }
    }

    private static String withoutBullet(String text) {
        int k = 0;
        while (k < text.length() && (isBulletMark(text.charAt(k)) || Character.isWhitespace(text.charAt(k)))) {
            k++;
        }
        return text.substring(k);
    }

    private static boolean isBulletMark(char c) {
        return c == '◎' || c == '●' || c == '■' || c == '▲' || c == '★' || c == '◆' || c == '□' || c == '○' || c == '☆';
    }

    static boolean isBullet(String text) {
        if (text.length() < 2) {
            return false;
        }
        return isBulletMark(text.charAt(0));
    }

    private static final java.util.regex.Pattern PARTIAL_LABEL = java.util.regex.Pattern.compile(
            "^第?\\s*[A-Za-z]{0,2}\\d{1,3}\\s*版?$");

    /**
     * A list of the pages ({@code 01版:导读 / 02版:要闻评论 / …}): two or more page labels in a
     * row are navigation, not this page's label; a label cut short at its end ({@code 第03}) with them.
     */
    private static void markPageLists(List<TypedLine> lines) {
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && lines.get(end).type() == LineType.PAGE_LABEL) {
                end++;
            }
            if (end - i >= 2) {
                for (int k = i; k < end; k++) {
                    lines.set(k, new TypedLine(lines.get(k).line(), LineType.BOILERPLATE, lines.get(k).text(), null, null, null));
                }
                if (end < lines.size() && lines.get(end).type() == LineType.TEXT
                        && PARTIAL_LABEL.matcher(lines.get(end).key().strip()).matches()) {
                    lines.set(end, lines.get(end).as(LineType.BOILERPLATE));
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    /**
     * A name alone on the last line of a story ({@code 钱赛} after the text, then nothing or page
     * furniture): the story's author.
     */
    private static void markClosingNames(List<TypedLine> lines) {
        for (int i = 1; i < lines.size(); i++) {
            TypedLine t = lines.get(i);
            String k = t.key().strip();
            if (t.type() != LineType.TEXT || k.length() < 2 || k.length() > 3 || !PersonNames.isPlausible(k)) {
                continue;
            }
            TypedLine prev = lines.get(i - 1);
            boolean afterText = (prev.type() == LineType.TEXT || prev.type() == LineType.DATELINE) && prev.line().endsSentence();
            boolean atEnd = i + 1 == lines.size() || isFurniture(lines.get(i + 1));
            if (afterText && atEnd) {
                Byline author = new Byline(BylineParser.Kind.BYLINE, t.text(), List.of(t.text().strip()), List.of(), List.of(),
                        List.of(), false);
                lines.set(i, new TypedLine(t.line(), LineType.CREDIT, t.text(), null, author, null));
            }
        }
    }

    private static final java.util.regex.Pattern RELATED = java.util.regex.Pattern.compile(
            "^(新闻推荐|相关阅读|推荐阅读|相关新闻|热点推荐|热门推荐|精彩推荐|猜你喜欢|延伸阅读|更多新闻|相关链接|相关报道|往期推荐|往期回顾"
                    + "|相关推荐|更多阅读)\\s*[:：]?$");

    /**
     * After a web page's "related articles" heading ({@code 新闻推荐}, {@code 相关阅读}) come other
     * pages' teasers and the site's blurbs, not this page's story: chrome, unless a story starts
     * again with a dateline or byline.
     */
    private static void markRelatedLinks(List<TypedLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!isFurniture(lines.get(i)) || !RELATED.matcher(lines.get(i).key().strip()).matches()) {
                continue;
            }
            for (int k = i + 1; k < lines.size(); k++) {
                if (lines.get(k).type() == LineType.DATELINE || lines.get(k).type() == LineType.CREDIT) {
                    return;
                }
            }
            for (int k = i + 1; k < lines.size(); k++) {
                lines.set(k, new TypedLine(lines.get(k).line(), LineType.CHROME, lines.get(k).line().text(), null, null,
                        null));
            }
            return;
        }
    }

    private static final java.util.regex.Pattern LETTER_SPACED = java.util.regex.Pattern.compile("^(\\p{IsHan} ){1,5}\\p{IsHan}$");

    /** A book's page header: {@code Page 47 - 罗平执政纪要2015}, {@code P. 47}. */
    private static final java.util.regex.Pattern BOOK_HEADER = java.util.regex.Pattern.compile("^(Page \\d+ - .*|P\\. ?\\d+)$");
    /** A running head: a few Chinese characters, without a mark ({@code 执政大事}). */
    private static final java.util.regex.Pattern SHORT_HEAD = java.util.regex.Pattern.compile("^\\p{IsHan}{2,8}$");

    /**
     * A letter-spaced heading right after a book's page header ({@code P. 129} / {@code 大 事 记}) is a
     * running head; so is a short heading there ({@code P. 47} / {@code 执政大事}): a book repeats its
     * chapter's name at the top of every page.
     */
    private static void markRunningHeads(List<TypedLine> lines) {
        for (int i = 1; i < lines.size(); i++) {
            TypedLine t = lines.get(i);
            if (t.type() != LineType.TEXT) {
                continue;
            }
            String key = t.key().strip();
            // (an e-paper's letter-spaced column name after its page label, 要 闻 周 报, is the column's title)
            if ((LETTER_SPACED.matcher(key).matches() || SHORT_HEAD.matcher(key).matches()) && afterBookHeader(lines, i)) {
                lines.set(i, t.as(LineType.BOILERPLATE));
            }
        }
    }

    /** Whether line {@code i} follows a book's page header (blank lines are not lines here). */
    private static boolean afterBookHeader(List<TypedLine> lines, int i) {
        TypedLine b = lines.get(i - 1);
        return b.type() == LineType.CHROME && BOOK_HEADER.matcher(b.key().strip()).matches();
    }

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("^(\\d{1,2})\\s*[、.．]\\s*(\\S.*)$");

    /**
     * A numbered list of headlines ({@code 1、…召开 / 2、…落下帷幕 / 3、…}): three or more lines numbered
     * in order, none of which ends a sentence, are the entries of a news rundown.
     */
    private static void markRundowns(List<TypedLine> lines) {
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            int expected = -1;
            while (end < lines.size()) {
                TypedLine t = lines.get(end);
                java.util.regex.Matcher m = NUMBERED.matcher(t.text());
                if (t.type() != LineType.TEXT || !m.matches() || Chars.endsSentence(t.text()) || Chars.width(t.text()) > 90) {
                    break;
                }
                int n = Integer.parseInt(m.group(1));
                if (expected >= 0 && n != expected) {
                    break;
                }
                expected = n + 1;
                end++;
            }
            if (end - i >= 3) {
                for (int k = i; k < end; k++) {
                    TypedLine t = lines.get(k);
                    java.util.regex.Matcher m = NUMBERED.matcher(t.text());
                    m.matches();
                    lines.set(k, new TypedLine(t.line(), LineType.RUNDOWN, m.group(2).strip(), null, null, null));
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    /**
     * The paper's name: a short line ending in 新闻/日报/报… that stands within the masthead (near its
     * date line, or beside its boilerplate). A story headline ending in 新闻 stands among stories.
     */
    private static void markPaperName(List<TypedLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            TypedLine t = lines.get(i);
            if (t.type() != LineType.TEXT || !PageFurniture.looksLikePaperName(t.key())) {
                continue;
            }
            boolean nearMasthead = false;
            for (int j = Math.max(0, i - 3); j <= Math.min(lines.size() - 1, i + 3); j++) {
                if (lines.get(j).type() == LineType.MASTHEAD) {
                    nearMasthead = true;
                }
            }
            boolean besideBoilerplate = (i > 0 && isFurniture(lines.get(i - 1)))
                    || (i + 1 < lines.size() && isFurniture(lines.get(i + 1)));
            // a news site's or paper's name alone on the first line, above the chrome or the headline
            boolean siteAtTop = i == 0 && lines.size() > 1 && (t.key().endsWith("网") || t.key().endsWith("报"));
            // a headline is followed by its story; the paper's name is not
            boolean storyFollows = i + 1 < lines.size() && lines.get(i + 1).type() == LineType.DATELINE;
            if ((nearMasthead || besideBoilerplate || siteAtTop) && !storyFollows) {
                lines.set(i, t.as(LineType.PAPER_NAME));
                return;
            }
        }
        // a masthead set letter-spaced over two lines: 湛 江 / 日 报
        if (lines.size() > 2 && lines.get(0).type() == LineType.TEXT && lines.get(1).type() == LineType.TEXT
                && LETTER_SPACED.matcher(lines.get(0).key().strip()).matches()
                && LETTER_SPACED.matcher(lines.get(1).key().strip()).matches()) {
            String joined = lines.get(0).text().strip() + " " + lines.get(1).text().strip();
            if (PageFurniture.looksLikePaperName(joined.replace(" ", ""))) {
                lines.set(0, new TypedLine(lines.get(0).line(), LineType.PAPER_NAME, joined, null, null, null));
                lines.set(1, lines.get(1).as(LineType.BOILERPLATE));
                return;
            }
        }
        // a public account's name alone on the first line, over the page's chrome: 某某发布, 某县融媒
        if (lines.size() > 1 && lines.get(0).type() == LineType.TEXT && ACCOUNT.matcher(lines.get(0).key().strip()).matches()
                && isFurniture(lines.get(1))) {
            lines.set(0, lines.get(0).as(LineType.PAPER_NAME));
            return;
        }
        // the paper's name with its edition, beside other furniture (a footer: 社区晨报外滩)
        for (int i = 0; i < lines.size(); i++) {
            TypedLine t = lines.get(i);
            boolean beside = (i > 0 && isFurniture(lines.get(i - 1))) && (i + 1 == lines.size() || isFurniture(lines.get(i + 1)));
            if (t.type() == LineType.TEXT && beside && PageFurniture.looksLikePaperWithEdition(t.key())) {
                lines.set(i, t.as(LineType.PAPER_NAME));
                return;
            }
        }
    }

    /** A public account of a county's or a city's media: 某某发布, 某县融媒. */
    private static final java.util.regex.Pattern ACCOUNT = java.util.regex.Pattern.compile("^[\\p{IsHan}]{2,8}(发布|融媒|融媒体)$");

    private static boolean isFurniture(TypedLine t) {
        return t.type() == LineType.BOILERPLATE || t.type() == LineType.CHROME || t.type() == LineType.MASTHEAD
                || t.type() == LineType.PAGE_LABEL;
    }

    /**
     * Captions of the paper's media (微信公众号, 电视, 杂志…) stand apart, after blank lines, or in
     * a cluster with other boilerplate; a story headline with the same ending stands among stories.
     */
    /**
     * A web page's title above its source line (来源:… 发布时间:…), between the site's chrome and the
     * story: a headline however long, commas and all (市委书记某某:坚持…,推动…).
     */
    private static void markTitlesAboveSourceLines(List<TypedLine> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            TypedLine t = lines.get(i);
            TypedLine next = lines.get(i + 1);
            if (t.type() != LineType.TEXT || next.type() != LineType.CHROME || next.masthead() == null
                    || next.masthead().date() == null && next.masthead().paper() == null) {
                continue;
            }
            String key = t.key().strip();
            double w = Chars.width(key);
            boolean above = i == 0 || isFurniture(lines.get(i - 1)) || lines.get(i - 1).type() == LineType.PAPER_NAME;
            if (above && w > HeadlineShape.MAX_COMMA_WIDTH && w <= 60 && !Chars.endsSentence(key) && key.indexOf('。') < 0
                    && !BylineParser.startsWithDateline(key)) {
                lines.set(i, t.as(LineType.HEADLINE));
            }
        }
    }

    /** An item of a site's menu: a bullet and a word ({@code • 公司}, {@code • 新闻}). */
    private static final java.util.regex.Pattern MENU_ITEM = java.util.regex.Pattern.compile("^[•●▪·◆]\\s*[\\p{IsHan}A-Za-z0-9]{1,4}$");

    /** Three or more menu items in a row are a site's menu, not titles. */
    private static void markMenus(List<TypedLine> lines) {
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && lines.get(end).type() == LineType.TEXT
                    && MENU_ITEM.matcher(lines.get(end).key().strip()).matches()) {
                end++;
            }
            if (end - i >= 3) {
                for (int k = i; k < end; k++) {
                    lines.set(k, lines.get(k).as(LineType.CHROME));
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    /**
     * A word alone between a story's source or credit line and its dateline ({@code 来源:… / 作者:… /
     * 时刻新闻 / 本报讯…}) is a site's label or an app's name: the title stands above the source line.
     */
    private static void markWordsBetweenSourceAndStory(List<TypedLine> lines) {
        for (int i = 1; i + 1 < lines.size(); i++) {
            TypedLine t = lines.get(i);
            TypedLine before = lines.get(i - 1);
            boolean afterSource = before.type() == LineType.CREDIT
                    || before.type() == LineType.CHROME && before.masthead() != null && before.masthead().date() != null;
            if (t.type() != LineType.TEXT || !afterSource || !SHORT_HEAD.matcher(t.key().strip()).matches()) {
                continue;
            }
            int k = i + 1;
            while (k < lines.size() && lines.get(k).type() == LineType.CHROME) {
                k++;
            }
            if (k < lines.size() && lines.get(k).type() == LineType.DATELINE) {
                lines.set(i, t.as(LineType.CHROME));
            }
        }
    }

    /** The heading of an e-paper's list of this page's titles: 本版新闻列表, 标题导航. */
    private static final java.util.regex.Pattern OWN_TITLE_LIST = java.util.regex.Pattern.compile(
            "^(本版新闻列表|本版列表新闻|本版新闻|新闻列表|标题导航|本版标题|本版目录|本版导航)\\s*[:：]?$");

    /**
     * The lines right under an e-paper's list heading ({@code 本版新闻列表} / {@code ·太白湖新区重点项目集中观摩}
     * / …) are links to the stories below, up to the blank line that ends the list: chrome, not headlines.
     */
    private static void markOwnTitleLists(List<TypedLine> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!isFurniture(lines.get(i)) || !OWN_TITLE_LIST.matcher(lines.get(i).key().strip()).matches()) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && lines.get(j).type() == LineType.TEXT && (j == i + 1 || lines.get(j).line().blankBefore() == 0)
                    && !Chars.endsSentence(lines.get(j).key().strip()) && Chars.width(lines.get(j).key()) <= 40) {
                j++;
            }
            // the list ends at a blank line; a list that runs into its stories is no list of links
            // (a heading right above a story's own headline and credit lists nothing: 本版新闻列表 / 标题 / 记者…)
            if (j > i + 2 && j < lines.size() && lines.get(j).line().blankBefore() > 0
                    && (lines.get(j).type() == LineType.TEXT || isFurniture(lines.get(j)))) {
                for (int k = i + 1; k < j; k++) {
                    lines.set(k, lines.get(k).as(LineType.CHROME));
                }
            }
        }
    }

    /** A public account's name after the page's prompts (扫码关注我们 / 某某融媒): its caption, no headline. */
    private static void markAccountsBesideChrome(List<TypedLine> lines) {
        for (int i = 1; i < lines.size(); i++) {
            TypedLine t = lines.get(i);
            if (t.type() == LineType.TEXT && ACCOUNT.matcher(t.key().strip()).matches() && isFurniture(lines.get(i - 1))
                    && (i + 1 == lines.size() || isFurniture(lines.get(i + 1)))) {
                lines.set(i, t.as(LineType.BOILERPLATE));
            }
        }
    }

    /**
     * A writer's bare name on its own line between a title and the text ({@code • 寻幽古驿道} / {@code 戴发利} /
     * {@code 前几天从外地返回…}): the piece's author, as a feature page prints it.
     */
    private static void markAuthorsUnderTitles(List<TypedLine> lines) {
        for (int i = 1; i + 1 < lines.size(); i++) {
            TypedLine t = lines.get(i);
            TypedLine title = lines.get(i - 1);
            TypedLine next = lines.get(i + 1);
            String key = t.key().strip();
            if (t.type() != LineType.TEXT || title.type() != LineType.TEXT || next.type() != LineType.TEXT
                    && next.type() != LineType.CREDIT || key.length() < 2 || key.length() > 4 || !PersonNames.isPlausible(key)) {
                continue;
            }
            String titleKey = title.key().strip();
            boolean titled = HeadlineShape.isShaped(titleKey) && !Chars.endsSentence(titleKey) && Chars.width(titleKey) <= 20;
            boolean story = next.type() == LineType.CREDIT || Chars.width(next.key()) > Chars.width(titleKey)
                    || i + 2 < lines.size() && Chars.width(lines.get(i + 2).key()) > 2 * Chars.width(titleKey);
            // the surname stands apart in the dictionary's reading (戴|发利), not in a word (农事|忙, 高峰)
            boolean[] bounds = ChineseWords.boundaries(key, 0);
            if (titled && story && bounds.length > 1 && bounds[1]) {
                Byline author = new Byline(BylineParser.Kind.BYLINE, t.text().strip(), List.of(t.text().strip()), List.of(),
                        List.of(), List.of(), false);
                lines.set(i, new TypedLine(t.line(), LineType.CREDIT, t.text().strip(), null, author, null));
            }
        }
    }

    /** A guide entry with its page first: {@code 2版 龙洞镇千亩稻田开镰收割}, {@code 3版：东山街道…}. */
    private static final java.util.regex.Pattern PAGE_FIRST = java.util.regex.Pattern.compile(
            "^(?:第\\s*)?([A-Za-z]?\\d{1,2})\\s*版(?:\\s*[:：]\\s*|\\s+)(\\S.{3,39})$");

    /**
     * The lines of a guide box that print the page with the title ({@code 今日导读} / {@code 2版 龙洞镇…},
     * {@code 导读} / {@code ▶汪清县:…(详见3版)}): each is the title, then its reference.
     */
    private static void markGuideLinesWithLeadingPage(List<TypedLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).type() != LineType.GUIDE_HEADER) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size()) {
                if (j + 1 < lines.size() && (lines.get(j).type() == LineType.HEADLINE || lines.get(j).type() == LineType.TEXT)
                        && lines.get(j + 1).type() == LineType.GUIDE_REF) {
                    // an entry read already (a teaser's form): its bullet is no part of its title
                    TypedLine h = lines.get(j);
                    lines.set(j, new TypedLine(h.line(), LineType.HEADLINE, h.text().replaceFirst("^[▶►→●■□◆·•]+\\s*", ""),
                            null, null, null));
                    j += 2;
                    continue;
                }
                if (lines.get(j).type() != LineType.TEXT && lines.get(j).type() != LineType.BULLET) {
                    break;
                }
                TypedLine t = lines.get(j);
                java.util.regex.Matcher m = PAGE_FIRST.matcher(t.text().strip());
                String title;
                String page;
                if (m.matches()) {
                    title = m.group(2).strip();
                    page = m.group(1).toUpperCase(java.util.Locale.ROOT);
                } else {
                    // or after it: ▶汪清县:黑木耳“走出”大山 (详见3版), however many story lines follow the box
                    Optional<String[]> after = PageFurniture.splitTrailingGuideRef(t.text());
                    if (after.isEmpty()) {
                        break;
                    }
                    title = after.get()[0];
                    page = after.get()[1];
                }
                if (!HeadlineShape.isShaped(Scripts.fold(title))) {
                    break;
                }
                lines.set(j, new TypedLine(t.line(), LineType.HEADLINE, title, null, null, null));
                lines.add(j + 1, new TypedLine(t.line(), LineType.GUIDE_REF, page, null, null, null));
                j += 2;
            }
            i = j - 1;
        }
    }

    /** The author field of a web page's source line, up to the next field: 作者:本报记者 王书明. */
    private static final java.util.regex.Pattern AUTHOR_FIELD = java.util.regex.Pattern.compile(
            "(?:作者|撰稿|撰文|撰稿人)\\s*[:：]\\s*[^|｜:：]{2,24}?(?=\\s*[|｜]|\\s+\\S{2,6}\\s*[:：]|\\s+\\d|\\s{2,}|$)");

    /** Whether every name of a credit is a person's (本报记者 王书明), not an office's or an account's (屯溪区党史办, admin). */
    private static boolean allNames(Byline b) {
        if (b.all().isEmpty() || b.unclear()) {
            return false;
        }
        for (String n : b.all()) {
            String k = Scripts.fold(n);
            if (!PersonNames.isPlausible(k) && !PersonNames.isDottedName(k)) {
                return false;
            }
        }
        return true;
    }

    /** A media outlet's kind alone on its line: 微信公众号, 官方微博. */
    private static final java.util.regex.Pattern BARE_MEDIA = java.util.regex.Pattern.compile(
            "^(微信公众号|公众号|官方微信|官方微博|微博|客户端|抖音号|视频号|头条号|快手号|官方抖音)$");
    /** An outlet's name: 乡村干部报网, 某某日报, 某某融媒. */
    static final java.util.regex.Pattern OUTLET_NAME = java.util.regex.Pattern.compile(
            "^[\\p{IsHan}·]{2,12}(网|报|台|新闻|融媒|发布|传媒|在线|视界)$");

    private static void markMediaCaptions(List<TypedLine> lines) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < lines.size(); i++) {
                TypedLine t = lines.get(i);
                if (t.type() != LineType.TEXT || !PageFurniture.isMediaCaption(t.key())) {
                    continue;
                }
                if (BARE_MEDIA.matcher(t.key().strip()).matches()) {
                    // 鄉村干部報網 / 微信公眾號: a QR code's caption broken over two lines, the outlet's name above
                    lines.set(i, t.as(LineType.BOILERPLATE));
                    if (i > 0 && lines.get(i - 1).type() == LineType.TEXT && OUTLET_NAME.matcher(lines.get(i - 1).key().strip()).matches()) {
                        lines.set(i - 1, lines.get(i - 1).as(LineType.BOILERPLATE));
                    }
                    changed = true;
                    continue;
                }
                boolean apart = t.line().blankBefore() >= 2 || i == lines.size() - 1;
                boolean beside = (i > 0 && isFurniture(lines.get(i - 1)))
                        || (i + 1 < lines.size() && isFurniture(lines.get(i + 1)));
                if (apart || beside) {
                    lines.set(i, t.as(LineType.BOILERPLATE));
                    changed = true;
                }
            }
        }
    }
}
