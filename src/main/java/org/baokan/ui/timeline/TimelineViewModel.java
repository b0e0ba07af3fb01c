package org.baokan.ui.timeline;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.baokan.model.DistrictTimeline;
import org.baokan.model.GazetteerEntry;
import org.baokan.model.PersonSummary;
import org.baokan.model.PersonTimeline;
import org.baokan.model.TimelineEvent;
import org.baokan.model.TitleBand;
import org.baokan.model.TitleChange;
import org.baokan.ui.common.Context;
import org.baokan.ui.common.Screen;
import org.baokan.ui.common.TimelineSubject;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Timelines per leader and per district: the people list (pinyin order, counts, latest title) and
 * the district tree with counts to pick from, and the timeline of the one picked, with its
 * changes of title, its events per month and its undated events apart.
 */
public final class TimelineViewModel {
    /**
     * A timeline as the view draws it.
     *
     * @param subject  whose timeline
     * @param title    the heading: the name, or the district's canonical name
     * @param events   dated events, oldest first
     * @param undated  events without a date, in the order of the month and day printed
     * @param changes  changes of title (a person's only)
     * @param bands    the stretches under one title (a person's only)
     * @param perMonth events per month (a district's only)
     * @param articles how many articles the events stand in
     */
    public record Shown(TimelineSubject subject, String title, List<TimelineEvent> events, List<TimelineEvent> undated,
                        List<TitleChange> changes, List<TitleBand> bands, Map<String, Integer> perMonth, long articles) {
        Shown(TimelineSubject subject, String title, List<TimelineEvent> events, List<TimelineEvent> undated,
              List<TitleChange> changes, List<TitleBand> bands, Map<String, Integer> perMonth) {
            // counted where the timeline is read, not on the FX thread: a district has tens of thousands of events
            this(subject, title, events, undated, changes, bands, perMonth, java.util.stream.Stream.concat(
                    events.stream(), undated.stream()).mapToLong(TimelineEvent::articleId).distinct().count());
        }
    }

    private final Context context;
    private final ObservableList<PersonSummary> people = FXCollections.observableArrayList();
    private final FilteredList<PersonSummary> filtered = new FilteredList<>(people);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyObjectWrapper<Map<GazetteerEntry, Integer>> places =
            new ReadOnlyObjectWrapper<>(this, "places", Map.of());
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<TimelineSubject> pending = new ReadOnlyObjectWrapper<>(this, "pending");
    private boolean listsLoaded;
    private long listsRequest;
    private long generation;

    public TimelineViewModel(Context context) {
        this.context = context;
        filter.addListener((o, old, f) -> {
            String q = f == null ? "" : f.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(p -> q.isEmpty() || p.name().contains(q)
                    || (p.latestTitle() != null && p.latestTitle().contains(q)));
        });
        context.state().timeline().addListener((o, old, subject) -> load(subject));
        context.state().archiveVersion().addListener((o, old, v) -> {
            listsLoaded = false;
            listsRequest++;
            if (context.state().screen().get() == Screen.TIMELINE) {
                loadLists();
            }
            load(context.state().timeline().get());
        });
    }

    /** Everyone the archive names, in pinyin order, narrowed by {@link #filter()}. */
    public ObservableList<PersonSummary> people() {
        return filtered;
    }

    public StringProperty filter() {
        return filter;
    }

    /** Every place of the gazetteer with its article count: the district tree. */
    public ReadOnlyObjectProperty<Map<GazetteerEntry, Integer>> places() {
        return places.getReadOnlyProperty();
    }

    /** The timeline shown, or null. */
    public ReadOnlyObjectProperty<Shown> shown() {
        return shown.getReadOnlyProperty();
    }

    /**
     * The subject whose timeline is being read, or null: the view names it at once (a leader's
     * timeline of a large archive takes a moment), instead of asking the reader to pick one.
     */
    public ReadOnlyObjectProperty<TimelineSubject> pending() {
        return pending.getReadOnlyProperty();
    }

    /** Why nothing is shown (e.g. the archive does not name the person), or why the axis is empty. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Reads the people list and the district tree, once until the archive changes. */
    public void loadLists() {
        if (listsLoaded || context.session().get() == null) {
            return; // loaded, or loaded once the archive is open (it raises the archive's version)
        }
        listsLoaded = true;
        long request = ++listsRequest;
        context.load(s -> new Lists(s.timelines().people(), s.timelines().districtTree()), l -> {
            if (request == listsRequest) { // else an archive opened since: its lists are being read
                people.setAll(l.people());
                places.set(l.places());
            }
        }, () -> {
            if (request == listsRequest) {
                listsLoaded = false;
            }
        });
    }

    private record Lists(List<PersonSummary> people, Map<GazetteerEntry, Integer> places) {
    }

    /** Shows a person's or a place's timeline (it also becomes the window's current subject). */
    public void show(TimelineSubject subject) {
        context.state().screen().set(Screen.TIMELINE);
        if (subject.equals(context.state().timeline().get())) {
            load(subject);
        } else {
            context.state().timeline().set(subject);
        }
    }

    private void load(TimelineSubject subject) {
        long request = ++generation;
        if (subject == null) {
            pending.set(null);
            shown.set(null);
            return;
        }
        if (context.session().get() == null) {
            return; // no archive open: nothing to read, nothing is said to be coming
        }
        pending.set(subject);
        message.set(""); // what was said of the timeline before is not said of this one
        context.load(s -> {
            if (subject.person()) {
                PersonTimeline t = s.timelines().person(subject.name());
                return new Shown(subject, t.person(), t.events(), t.undated(), t.changes(), t.bands(), Map.of());
            }
            DistrictTimeline t = s.timelines().district(subject.name());
            return new Shown(subject, t.district(), t.events(), t.undated(), List.of(), List.of(), t.perMonth());
        }, t -> {
            if (request != generation) {
                return;
            }
            message.set(t.events().isEmpty() && t.undated().isEmpty()
                    ? context.messages().format("timeline.nothing", t.title())
                    : t.events().isEmpty() ? context.messages().format("timeline.allUndated", t.undated().size()) : "");
            shown.set(t);
            pending.set(null); // after the timeline: a view showing "reading" draws what is shown now
        }, () -> {
            if (request == generation) {
                pending.set(null); // the status bar says why
            }
        });
    }

    /** Opens an event's article. */
    public void open(TimelineEvent e) {
        context.state().openArticle(e.articleId(), null);
    }
}
