/**
 */
package io.guestlab.model.impl;

import io.guestlab.model.GuestlabPackage;
import io.guestlab.model.Machine;
import io.guestlab.model.ReadyPhase;
import io.guestlab.model.ResultCheck;
import io.guestlab.model.TestSource;
import io.guestlab.model.TestSuite;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Test Suite</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.impl.TestSuiteImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.guestlab.model.impl.TestSuiteImpl#getMachine <em>Machine</em>}</li>
 *   <li>{@link io.guestlab.model.impl.TestSuiteImpl#getMachineRef <em>Machine Ref</em>}</li>
 *   <li>{@link io.guestlab.model.impl.TestSuiteImpl#getReady <em>Ready</em>}</li>
 *   <li>{@link io.guestlab.model.impl.TestSuiteImpl#getTimeoutInstructions <em>Timeout Instructions</em>}</li>
 *   <li>{@link io.guestlab.model.impl.TestSuiteImpl#getTimeoutSeconds <em>Timeout Seconds</em>}</li>
 *   <li>{@link io.guestlab.model.impl.TestSuiteImpl#getResult <em>Result</em>}</li>
 *   <li>{@link io.guestlab.model.impl.TestSuiteImpl#getTests <em>Tests</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TestSuiteImpl extends MinimalEObjectImpl.Container implements TestSuite {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMachine() <em>Machine</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachine()
	 * @generated
	 * @ordered
	 */
	protected Machine machine;

	/**
	 * The cached value of the '{@link #getMachineRef() <em>Machine Ref</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMachineRef()
	 * @generated
	 * @ordered
	 */
	protected Machine machineRef;

	/**
	 * The cached value of the '{@link #getReady() <em>Ready</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReady()
	 * @generated
	 * @ordered
	 */
	protected ReadyPhase ready;

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
	 * The cached value of the '{@link #getResult() <em>Result</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected ResultCheck result;

	/**
	 * The cached value of the '{@link #getTests() <em>Tests</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTests()
	 * @generated
	 * @ordered
	 */
	protected EList<TestSource> tests;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TestSuiteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuestlabPackage.Literals.TEST_SUITE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.TEST_SUITE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Machine getMachine() {
		return machine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMachine(Machine newMachine, NotificationChain msgs) {
		Machine oldMachine = machine;
		machine = newMachine;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GuestlabPackage.TEST_SUITE__MACHINE, oldMachine, newMachine);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMachine(Machine newMachine) {
		if (newMachine != machine) {
			NotificationChain msgs = null;
			if (machine != null)
				msgs = ((InternalEObject)machine).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GuestlabPackage.TEST_SUITE__MACHINE, null, msgs);
			if (newMachine != null)
				msgs = ((InternalEObject)newMachine).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GuestlabPackage.TEST_SUITE__MACHINE, null, msgs);
			msgs = basicSetMachine(newMachine, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.TEST_SUITE__MACHINE, newMachine, newMachine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Machine getMachineRef() {
		if (machineRef != null && machineRef.eIsProxy()) {
			InternalEObject oldMachineRef = (InternalEObject)machineRef;
			machineRef = (Machine)eResolveProxy(oldMachineRef);
			if (machineRef != oldMachineRef) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GuestlabPackage.TEST_SUITE__MACHINE_REF, oldMachineRef, machineRef));
			}
		}
		return machineRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Machine basicGetMachineRef() {
		return machineRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMachineRef(Machine newMachineRef) {
		Machine oldMachineRef = machineRef;
		machineRef = newMachineRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.TEST_SUITE__MACHINE_REF, oldMachineRef, machineRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReadyPhase getReady() {
		return ready;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReady(ReadyPhase newReady, NotificationChain msgs) {
		ReadyPhase oldReady = ready;
		ready = newReady;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GuestlabPackage.TEST_SUITE__READY, oldReady, newReady);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReady(ReadyPhase newReady) {
		if (newReady != ready) {
			NotificationChain msgs = null;
			if (ready != null)
				msgs = ((InternalEObject)ready).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GuestlabPackage.TEST_SUITE__READY, null, msgs);
			if (newReady != null)
				msgs = ((InternalEObject)newReady).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GuestlabPackage.TEST_SUITE__READY, null, msgs);
			msgs = basicSetReady(newReady, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.TEST_SUITE__READY, newReady, newReady));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.TEST_SUITE__TIMEOUT_INSTRUCTIONS, oldTimeoutInstructions, timeoutInstructions, !oldTimeoutInstructionsESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, GuestlabPackage.TEST_SUITE__TIMEOUT_INSTRUCTIONS, oldTimeoutInstructions, TIMEOUT_INSTRUCTIONS_EDEFAULT, oldTimeoutInstructionsESet));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.TEST_SUITE__TIMEOUT_SECONDS, oldTimeoutSeconds, timeoutSeconds, !oldTimeoutSecondsESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, GuestlabPackage.TEST_SUITE__TIMEOUT_SECONDS, oldTimeoutSeconds, TIMEOUT_SECONDS_EDEFAULT, oldTimeoutSecondsESet));
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
	public ResultCheck getResult() {
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetResult(ResultCheck newResult, NotificationChain msgs) {
		ResultCheck oldResult = result;
		result = newResult;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GuestlabPackage.TEST_SUITE__RESULT, oldResult, newResult);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResult(ResultCheck newResult) {
		if (newResult != result) {
			NotificationChain msgs = null;
			if (result != null)
				msgs = ((InternalEObject)result).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GuestlabPackage.TEST_SUITE__RESULT, null, msgs);
			if (newResult != null)
				msgs = ((InternalEObject)newResult).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GuestlabPackage.TEST_SUITE__RESULT, null, msgs);
			msgs = basicSetResult(newResult, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.TEST_SUITE__RESULT, newResult, newResult));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TestSource> getTests() {
		if (tests == null) {
			tests = new EObjectContainmentEList<TestSource>(TestSource.class, this, GuestlabPackage.TEST_SUITE__TESTS);
		}
		return tests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Machine effectiveMachine() {
		return getMachine() != null ? getMachine() : getMachineRef();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GuestlabPackage.TEST_SUITE__MACHINE:
				return basicSetMachine(null, msgs);
			case GuestlabPackage.TEST_SUITE__READY:
				return basicSetReady(null, msgs);
			case GuestlabPackage.TEST_SUITE__RESULT:
				return basicSetResult(null, msgs);
			case GuestlabPackage.TEST_SUITE__TESTS:
				return ((InternalEList<?>)getTests()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuestlabPackage.TEST_SUITE__NAME:
				return getName();
			case GuestlabPackage.TEST_SUITE__MACHINE:
				return getMachine();
			case GuestlabPackage.TEST_SUITE__MACHINE_REF:
				if (resolve) return getMachineRef();
				return basicGetMachineRef();
			case GuestlabPackage.TEST_SUITE__READY:
				return getReady();
			case GuestlabPackage.TEST_SUITE__TIMEOUT_INSTRUCTIONS:
				return getTimeoutInstructions();
			case GuestlabPackage.TEST_SUITE__TIMEOUT_SECONDS:
				return getTimeoutSeconds();
			case GuestlabPackage.TEST_SUITE__RESULT:
				return getResult();
			case GuestlabPackage.TEST_SUITE__TESTS:
				return getTests();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GuestlabPackage.TEST_SUITE__NAME:
				setName((String)newValue);
				return;
			case GuestlabPackage.TEST_SUITE__MACHINE:
				setMachine((Machine)newValue);
				return;
			case GuestlabPackage.TEST_SUITE__MACHINE_REF:
				setMachineRef((Machine)newValue);
				return;
			case GuestlabPackage.TEST_SUITE__READY:
				setReady((ReadyPhase)newValue);
				return;
			case GuestlabPackage.TEST_SUITE__TIMEOUT_INSTRUCTIONS:
				setTimeoutInstructions((Long)newValue);
				return;
			case GuestlabPackage.TEST_SUITE__TIMEOUT_SECONDS:
				setTimeoutSeconds((Double)newValue);
				return;
			case GuestlabPackage.TEST_SUITE__RESULT:
				setResult((ResultCheck)newValue);
				return;
			case GuestlabPackage.TEST_SUITE__TESTS:
				getTests().clear();
				getTests().addAll((Collection<? extends TestSource>)newValue);
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
			case GuestlabPackage.TEST_SUITE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case GuestlabPackage.TEST_SUITE__MACHINE:
				setMachine((Machine)null);
				return;
			case GuestlabPackage.TEST_SUITE__MACHINE_REF:
				setMachineRef((Machine)null);
				return;
			case GuestlabPackage.TEST_SUITE__READY:
				setReady((ReadyPhase)null);
				return;
			case GuestlabPackage.TEST_SUITE__TIMEOUT_INSTRUCTIONS:
				unsetTimeoutInstructions();
				return;
			case GuestlabPackage.TEST_SUITE__TIMEOUT_SECONDS:
				unsetTimeoutSeconds();
				return;
			case GuestlabPackage.TEST_SUITE__RESULT:
				setResult((ResultCheck)null);
				return;
			case GuestlabPackage.TEST_SUITE__TESTS:
				getTests().clear();
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
			case GuestlabPackage.TEST_SUITE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case GuestlabPackage.TEST_SUITE__MACHINE:
				return machine != null;
			case GuestlabPackage.TEST_SUITE__MACHINE_REF:
				return machineRef != null;
			case GuestlabPackage.TEST_SUITE__READY:
				return ready != null;
			case GuestlabPackage.TEST_SUITE__TIMEOUT_INSTRUCTIONS:
				return isSetTimeoutInstructions();
			case GuestlabPackage.TEST_SUITE__TIMEOUT_SECONDS:
				return isSetTimeoutSeconds();
			case GuestlabPackage.TEST_SUITE__RESULT:
				return result != null;
			case GuestlabPackage.TEST_SUITE__TESTS:
				return tests != null && !tests.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case GuestlabPackage.TEST_SUITE___EFFECTIVE_MACHINE:
				return effectiveMachine();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", timeoutInstructions: ");
		if (timeoutInstructionsESet) result.append(timeoutInstructions); else result.append("<unset>");
		result.append(", timeoutSeconds: ");
		if (timeoutSecondsESet) result.append(timeoutSeconds); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //TestSuiteImpl
