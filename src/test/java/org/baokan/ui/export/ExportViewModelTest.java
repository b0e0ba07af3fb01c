package org.baokan.ui.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.baokan.format.PageJson;
import org.baokan.model.StoredArticle;
import org.baokan.ui.TestContexts;
import org.baokan.ui.archive.ArchiveNavigatorViewModel;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.Screen;
import org.baokan.ui.common.TimelineSubject;
import org.baokan.ui.frontpage.FrontPageViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** What can be exported follows what the reader has open and chosen; the files are what was asked for. */
class ExportViewModelTest {
    @TempDir
    Path dir;
    private Context context;
    private ExportViewModel vm;
    private List<StoredArticle> issue;

    @BeforeEach
    void open() throws Exception {
        context = TestContexts.open(dir);
        new FrontPageViewModel(context);
        new ArchiveNavigatorViewModel(context).reload(true);
        vm = new ExportViewModel(context);
        issue = context.session().get().reader().articlesOfIssue(context.state().issue().get().id());
    }

    @AfterEach
    void close() {
        TestContexts.close(context);
    }

    private List<ExportViewModel.Scope> scopes() {
        return vm.options().stream().map(ExportViewModel.Option::scope).toList();
    }

    @Test
    void theScopesFollowWhatIsOpenAndChosen() {
        context.state().article().set(null);
        assertThat(scopes()).containsExactly(ExportViewModel.Scope.PAGE, ExportViewModel.Scope.ISSUE);
        context.state().openArticle(issue.get(0).id(), null);
        assertThat(scopes()).containsExactly(ExportViewModel.Scope.ARTICLE, ExportViewModel.Scope.PAGE,
                ExportViewModel.Scope.ISSUE);
        context.state().chosen().setAll(issue.get(1).id(), issue.get(2).id());
        assertThat(scopes().get(0)).isEqualTo(ExportViewModel.Scope.CHOSEN);
        assertThat(vm.options().get(0).label()).contains("2");
        context.state().screen().set(Screen.TIMELINE);
        context.state().timeline().set(TimelineSubject.person("刘章箭"));
        assertThat(scopes()).contains(ExportViewModel.Scope.TIMELINE);
        context.state().screen().set(Screen.SEARCH);
        context.state().searched().set("创城");
        assertThat(scopes()).contains(ExportViewModel.Scope.SEARCH).doesNotContain(ExportViewModel.Scope.TIMELINE);
    }

    @Test
    void theChosenArticlesBecomeOnePdfWithOneBookmarkEach() throws Exception {
        context.state().chosen().setAll(issue.get(2).id(), issue.get(0).id());
        Path out = dir.resolve("chosen.pdf");
        AtomicReference<Path> done = new AtomicReference<>();
        vm.export(ExportViewModel.Scope.CHOSEN, ExportViewModel.Format.PDF, out, done::set);
        assertThat(done.get()).isEqualTo(out);
        assertThat(context.state().status().get()).contains("2");
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            var issueItem = d.getDocumentCatalog().getDocumentOutline().getFirstChild();
            var pageItem = issueItem.getFirstChild();
            assertThat(pageItem.getFirstChild().getTitle()).isEqualTo(issue.get(2).article().displayTitle());
            assertThat(pageItem.getLastChild().getTitle()).isEqualTo(issue.get(0).article().displayTitle());
        }
    }

    @Test
    void aTimelineExportsAsJsonInTheParseFormat() throws Exception {
        context.state().screen().set(Screen.TIMELINE);
        context.state().timeline().set(TimelineSubject.person("刘章箭"));
        Path out = dir.resolve("liu.json");
        vm.export(ExportViewModel.Scope.TIMELINE, ExportViewModel.Format.JSON, out, p -> { });
        var pages = PageJson.readList(Files.readString(out));
        assertThat(pages).isNotEmpty();
        assertThat(pages.stream().flatMap(p -> p.articles().stream()))
                .allSatisfy(a -> assertThat(String.join("", a.paragraphs()) + a.kicker() + a.title()).contains("刘章箭"));
    }

    @Test
    void theArchiveItselfIsNeverTheTarget() throws Exception {
        context.state().openArticle(issue.get(0).id(), null);
        Path db = context.session().get().path();
        long size = Files.size(db);
        AtomicReference<Path> done = new AtomicReference<>();
        vm.export(ExportViewModel.Scope.ARTICLE, ExportViewModel.Format.PDF, db, done::set);
        assertThat(done.get()).isNull();
        assertThat(context.state().status().get()).contains("archive");
        assertThat(Files.size(db)).isEqualTo(size);
        assertThat(vm.busy().get()).isFalse();
    }

    @Test
    void previewPagesAreThePrintedPages() throws Exception {
        context.state().openArticle(issue.get(0).id(), null);
        AtomicReference<byte[]> pdf = new AtomicReference<>();
        vm.renderArticle(org.baokan.render.PaperLayout.A4, pdf::set);
        try (PDDocument d = Loader.loadPDF(pdf.get())) {
            assertThat(d.getNumberOfPages()).isPositive();
            assertThat(d.getPage(0).getMediaBox().getWidth()).isBetween(595f, 596f);
        }
    }
}
