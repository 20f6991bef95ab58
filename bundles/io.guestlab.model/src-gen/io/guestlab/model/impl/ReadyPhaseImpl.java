/**
 */
package io.guestlab.model.impl;

import io.guestlab.model.GuestlabPackage;
import io.guestlab.model.ReadyPhase;
import io.guestlab.model.ReadyTrigger;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ready Phase</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.impl.ReadyPhaseImpl#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link io.guestlab.model.impl.ReadyPhaseImpl#getPattern <em>Pattern</em>}</li>
 *   <li>{@link io.guestlab.model.impl.ReadyPhaseImpl#getSymbol <em>Symbol</em>}</li>
 *   <li>{@link io.guestlab.model.impl.ReadyPhaseImpl#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link io.guestlab.model.impl.ReadyPhaseImpl#getTimeoutInstructions <em>Timeout Instructions</em>}</li>
 *   <li>{@link io.guestlab.model.impl.ReadyPhaseImpl#getTimeoutSeconds <em>Timeout Seconds</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReadyPhaseImpl extends MinimalEObjectImpl.Container implements ReadyPhase {
	/**
	 * The default value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected static final ReadyTrigger TRIGGER_EDEFAULT = ReadyTrigger.CONSOLE;

	/**
	 * The cached value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected ReadyTrigger trigger = TRIGGER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected static final String PATTERN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected String pattern = PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSymbol() <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbol()
	 * @generated
	 * @ordered
	 */
	protected static final String SYMBOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSymbol() <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbol()
	 * @generated
	 * @ordered
	 */
	protected String symbol = SYMBOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected static final long INSTRUCTIONS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected long instructions = INSTRUCTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeoutInstructions() <em>Timeout Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutInstructions()
	 * @generated
	 * @ordered
	 */
	protected static final long TIMEOUT_INSTRUCTIONS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTimeoutInstructions() <em>Timeout Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutInstructions()
	 * @generated
	 * @ordered
	 */
	protected long timeoutInstructions = TIMEOUT_INSTRUCTIONS_EDEFAULT;

	/**
	 * This is true if the Timeout Instructions attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean timeoutInstructionsESet;

	/**
	 * The default value of the '{@link #getTimeoutSeconds() <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double TIMEOUT_SECONDS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTimeoutSeconds() <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutSeconds()
	 * @generated
	 * @ordered
	 */
	protected double timeoutSeconds = TIMEOUT_SECONDS_EDEFAULT;

	/**
	 * This is true if the Timeout Seconds attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean timeoutSecondsESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReadyPhaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuestlabPackage.Literals.READY_PHASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReadyTrigger getTrigger() {
		return trigger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrigger(ReadyTrigger newTrigger) {
		ReadyTrigger oldTrigger = trigger;
		trigger = newTrigger == null ? TRIGGER_EDEFAULT : newTrigger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.READY_PHASE__TRIGGER, oldTrigger, trigger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPattern() {
		return pattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPattern(String newPattern) {
		String oldPattern = pattern;
		pattern = newPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.READY_PHASE__PATTERN, oldPattern, pattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSymbol() {
		return symbol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSymbol(String newSymbol) {
		String oldSymbol = symbol;
		symbol = newSymbol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.READY_PHASE__SYMBOL, oldSymbol, symbol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInstructions() {
		return instructions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstructions(long newInstructions) {
		long oldInstructions = instructions;
		instructions = newInstructions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.READY_PHASE__INSTRUCTIONS, oldInstructions, instructions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTimeoutInstructions() {
		return timeoutInstructions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeoutInstructions(long newTimeoutInstructions) {
		long oldTimeoutInstructions = timeoutInstructions;
		timeoutInstructions = newTimeoutInstructions;
		boolean oldTimeoutInstructionsESet = timeoutInstructionsESet;
		timeoutInstructionsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.READY_PHASE__TIMEOUT_INSTRUCTIONS, oldTimeoutInstructions, timeoutInstructions, !oldTimeoutInstructionsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTimeoutInstructions() {
		long oldTimeoutInstructions = timeoutInstructions;
		boolean oldTimeoutInstructionsESet = timeoutInstructionsESet;
		timeoutInstructions = TIMEOUT_INSTRUCTIONS_EDEFAULT;
		timeoutInstructionsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, GuestlabPackage.READY_PHASE__TIMEOUT_INSTRUCTIONS, oldTimeoutInstructions, TIMEOUT_INSTRUCTIONS_EDEFAULT, oldTimeoutInstructionsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTimeoutInstructions() {
		return timeoutInstructionsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTimeoutSeconds() {
		return timeoutSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeoutSeconds(double newTimeoutSeconds) {
		double oldTimeoutSeconds = timeoutSeconds;
		timeoutSeconds = newTimeoutSeconds;
		boolean oldTimeoutSecondsESet = timeoutSecondsESet;
		timeoutSecondsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.READY_PHASE__TIMEOUT_SECONDS, oldTimeoutSeconds, timeoutSeconds, !oldTimeoutSecondsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTimeoutSeconds() {
		double oldTimeoutSeconds = timeoutSeconds;
		boolean oldTimeoutSecondsESet = timeoutSecondsESet;
		timeoutSeconds = TIMEOUT_SECONDS_EDEFAULT;
		timeoutSecondsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, GuestlabPackage.READY_PHASE__TIMEOUT_SECONDS, oldTimeoutSeconds, TIMEOUT_SECONDS_EDEFAULT, oldTimeoutSecondsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTimeoutSeconds() {
		return timeoutSecondsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuestlabPackage.READY_PHASE__TRIGGER:
				return getTrigger();
			case GuestlabPackage.READY_PHASE__PATTERN:
				return getPattern();
			case GuestlabPackage.READY_PHASE__SYMBOL:
				return getSymbol();
			case GuestlabPackage.READY_PHASE__INSTRUCTIONS:
				return getInstructions();
			case GuestlabPackage.READY_PHASE__TIMEOUT_INSTRUCTIONS:
				return getTimeoutInstructions();
			case GuestlabPackage.READY_PHASE__TIMEOUT_SECONDS:
				return getTimeoutSeconds();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GuestlabPackage.READY_PHASE__TRIGGER:
				setTrigger((ReadyTrigger)newValue);
				return;
			case GuestlabPackage.READY_PHASE__PATTERN:
				setPattern((String)newValue);
				return;
			case GuestlabPackage.READY_PHASE__SYMBOL:
				setSymbol((String)newValue);
				return;
			case GuestlabPackage.READY_PHASE__INSTRUCTIONS:
				setInstructions((Long)newValue);
				return;
			case GuestlabPackage.READY_PHASE__TIMEOUT_INSTRUCTIONS:
				setTimeoutInstructions((Long)newValue);
				return;
			case GuestlabPackage.READY_PHASE__TIMEOUT_SECONDS:
				setTimeoutSeconds((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GuestlabPackage.READY_PHASE__TRIGGER:
				setTrigger(TRIGGER_EDEFAULT);
				return;
			case GuestlabPackage.READY_PHASE__PATTERN:
				setPattern(PATTERN_EDEFAULT);
				return;
			case GuestlabPackage.READY_PHASE__SYMBOL:
				setSymbol(SYMBOL_EDEFAULT);
				return;
			case GuestlabPackage.READY_PHASE__INSTRUCTIONS:
				setInstructions(INSTRUCTIONS_EDEFAULT);
				return;
			case GuestlabPackage.READY_PHASE__TIMEOUT_INSTRUCTIONS:
				unsetTimeoutInstructions();
				return;
			case GuestlabPackage.READY_PHASE__TIMEOUT_SECONDS:
				unsetTimeoutSeconds();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GuestlabPackage.READY_PHASE__TRIGGER:
				return trigger != TRIGGER_EDEFAULT;
			case GuestlabPackage.READY_PHASE__PATTERN:
				return PATTERN_EDEFAULT == null ? pattern != null : !PATTERN_EDEFAULT.equals(pattern);
			case GuestlabPackage.READY_PHASE__SYMBOL:
				return SYMBOL_EDEFAULT == null ? symbol != null : !SYMBOL_EDEFAULT.equals(symbol);
			case GuestlabPackage.READY_PHASE__INSTRUCTIONS:
				return instructions != INSTRUCTIONS_EDEFAULT;
			case GuestlabPackage.READY_PHASE__TIMEOUT_INSTRUCTIONS:
				return isSetTimeoutInstructions();
			case GuestlabPackage.READY_PHASE__TIMEOUT_SECONDS:
				return isSetTimeoutSeconds();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (trigger: ");
		result.append(trigger);
		result.append(", pattern: ");
		result.append(pattern);
		result.append(", symbol: ");
		result.append(symbol);
		result.append(", instructions: ");
		result.append(instructions);
		result.append(", timeoutInstructions: ");
		if (timeoutInstructionsESet) result.append(timeoutInstructions); else result.append("<unset>");
		result.append(", timeoutSeconds: ");
		if (timeoutSecondsESet) result.append(timeoutSeconds); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //ReadyPhaseImpl
