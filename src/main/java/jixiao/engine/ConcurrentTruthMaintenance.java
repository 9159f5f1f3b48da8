package jixiao.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.core.common.InternalWorkingMemoryEntryPoint;
import org.drools.core.common.TruthMaintenanceSystem;
import org.drools.tms.TruthMaintenanceSystemFactoryImpl;
import org.drools.tms.TruthMaintenanceSystemImpl;

/**
 * Drools' truth maintenance factory, with the sessions' truth maintenance systems in a concurrent map. Drools'
 * own keeps them in one synchronized map for the whole process and looks it up at every {@code insertLogical}
 * of every session, so evaluations on different threads queue on one lock about a hundred times each. Loaded
 * by Drools in its place (a {@code KieService} of higher priority, META-INF/services); what each session's
 * system does is unchanged.
 */
public final class ConcurrentTruthMaintenance extends TruthMaintenanceSystemFactoryImpl {
    /** An entry point compared by identity, as Drools' own map compares them. */
    private record Key(InternalWorkingMemoryEntryPoint entryPoint) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.entryPoint == entryPoint;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(entryPoint);
        }
    }

    private final Map<Key, TruthMaintenanceSystem> systems = new ConcurrentHashMap<>();

    @Override
    public TruthMaintenanceSystem getOrCreateTruthMaintenanceSystem(InternalWorkingMemoryEntryPoint entryPoint) {
        Key key = new Key(entryPoint);
        TruthMaintenanceSystem tms = systems.get(key);
        return tms != null ? tms : systems.computeIfAbsent(key, k -> new TruthMaintenanceSystemImpl(k.entryPoint()));
    }

    @Override
    public void clearTruthMaintenanceSystem(InternalWorkingMemoryEntryPoint entryPoint) {
        TruthMaintenanceSystem tms = systems.remove(new Key(entryPoint));
        if (tms != null) {
            tms.clear();
        }
    }

    @Override
    public int getEntryPointsMapSize() {
        return systems.size();
    }

    @Override
    public void clearEntryPointsMap() {
        systems.clear();
    }

    /** Above Drools' own (priority 0), so that KieService.load picks this one. */
    @Override
    public int servicePriority() {
        return 1;
    }
}
