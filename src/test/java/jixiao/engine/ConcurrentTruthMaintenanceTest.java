package jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.core.common.InternalWorkingMemoryEntryPoint;
import org.drools.core.common.TruthMaintenanceSystem;
import org.drools.core.common.TruthMaintenanceSystemFactory;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

/** ConcurrentTruthMaintenance: Drools loads it in place of its own, and it keeps one system per session. */
class ConcurrentTruthMaintenanceTest {
    private static final List<RuleFile> DOUBLE = List.of(RuleBaseTest.DOUBLES);

    @Test
    void droolsUsesItForLogicalInserts() {
        assertInstanceOf(ConcurrentTruthMaintenance.class, TruthMaintenanceSystemFactory.get());
        RuleBase rules = RuleBase.build(DOUBLE, List.of(Set.of("rules")));
        for (int run = 0; run < 3; run++) {  // pooled sessions, reset in between
            SessionOutcome outcome = rules.run(Set.of("rules"), List.of(21 + run), Map.of(), 10);
            assertEquals(1, outcome.firings());
            assertEquals(List.of(21 + run, 2L * (21 + run)), outcome.facts().stream()
                    .sorted((a, b) -> Long.compare(((Number) a).longValue(), ((Number) b).longValue())).toList());
        }
    }

    @Test
    void eachSessionHasASystemOfItsOwnUntilItIsCleared() {
        KieBase kieBase = KieServices.Factory.get()
                .newKieContainer(DrlCompiler.compile(DOUBLE, DrlProject.class).getReleaseId()).getKieBase();
        ConcurrentTruthMaintenance factory = new ConcurrentTruthMaintenance();
        InternalWorkingMemoryEntryPoint a = entryPoint(kieBase);
        InternalWorkingMemoryEntryPoint b = entryPoint(kieBase);
        TruthMaintenanceSystem ofA = factory.getOrCreateTruthMaintenanceSystem(a);
        assertSame(ofA, factory.getOrCreateTruthMaintenanceSystem(a));
        assertNotSame(ofA, factory.getOrCreateTruthMaintenanceSystem(b));
        assertEquals(2, factory.getEntryPointsMapSize());
        factory.clearTruthMaintenanceSystem(a);
        assertEquals(1, factory.getEntryPointsMapSize());
        assertNotSame(ofA, factory.getOrCreateTruthMaintenanceSystem(a));
    }

    private static InternalWorkingMemoryEntryPoint entryPoint(KieBase kieBase) {
        return (InternalWorkingMemoryEntryPoint) ((StatefulKnowledgeSessionImpl) kieBase.newKieSession())
                .getDefaultEntryPoint();
    }
}
