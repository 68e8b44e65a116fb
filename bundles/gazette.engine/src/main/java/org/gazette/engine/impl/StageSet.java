package org.gazette.engine.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.gazette.api.runtime.StageStatusDTO;

/** The registered services of one stage kind, and the counters of every name seen. */
final class StageSet<T> {
    private final String kind;
    private final List<Stage<T>> stages = new CopyOnWriteArrayList<>();
    private final Map<String, StageStats> stats = new ConcurrentHashMap<>();

    StageSet(String kind) {
        this.kind = kind;
    }

    Stage<T> add(T service, Map<String, Object> properties) {
        String name = StageNames.stageName(properties);
        StageStats s = stats.computeIfAbsent(name, n -> new StageStats(kind, n));
        Stage<T> stage = new Stage<>(kind, service, properties, s);
        stages.add(stage);
        s.active(true);
        return stage;
    }

    /** Removes the stage of this service object; returns it (now inactive) or null. */
    Stage<T> remove(T service) {
        for (Stage<T> stage : stages) {
            if (stage.service == service) {
                stages.remove(stage);
                stage.deactivate();
                stage.stats.active(stages.stream().anyMatch(o -> o.name.equals(stage.name)));
                return stage;
            }
        }
        return null;
    }

    /** A copy of the current stages, safe to iterate while services come and go. */
    List<Stage<T>> snapshot() {
        return new ArrayList<>(stages);
    }

    List<StageStatusDTO> status() {
        List<StageStatusDTO> out = new ArrayList<>();
        stats.values().forEach(s -> out.add(s.toDTO()));
        out.sort((a, b) -> a.name.compareTo(b.name));
        return out;
    }
}
