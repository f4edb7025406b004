package nl.kansenkaart.matching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.kansenkaart.model.MaterialKey;

/**
 * A supply-demand pair by its stable identity (actors and materials), independent of rules,
 * amounts and scenario, so decisions survive a re-run. The id is short enough to type.
 */
public record PairKey(String supplyRef, MaterialKey supplyMaterial, String demandRef, MaterialKey demandMaterial) {

    public static PairKey of(FlowNode supply, FlowNode demand) {
        return new PairKey(supply.actorRef(), supply.material(), demand.actorRef(), demand.material());
    }

    /** "M" and ten hex digits of the SHA-256 of the pair: collisions are negligible below a million pairs. */
    public String id() {
        MessageDigest md = SHA256.get();
        md.reset();
        byte[] h = md.digest(text().getBytes(StandardCharsets.UTF_8));
        return "M" + HexFormat.of().formatHex(h, 0, 5);
    }

    /** getInstance costs a provider lookup; a national run asks for tens of thousands of ids. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });

    public String text() {
        return supplyRef + "|" + supplyMaterial + " -> " + demandRef + "|" + demandMaterial;
    }
}
