/**
 */
package io.guestlab.model.impl;

import io.guestlab.model.GuestlabPackage;
import io.guestlab.model.ResultCheck;
import io.guestlab.model.TestSource;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Test Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.impl.TestSourceImpl#getArguments <em>Arguments</em>}</li>
 *   <li>{@link io.guestlab.model.impl.TestSourceImpl#getTimeoutInstructions <em>Timeout Instructions</em>}</li>
 *   <li>{@link io.guestlab.model.impl.TestSourceImpl#getTimeoutSeconds <em>Timeout Seconds</em>}</li>
 *   <li>{@link io.guestlab.model.impl.TestSourceImpl#getResult <em>Result</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class TestSourceImpl extends MinimalEObjectImpl.Container implements TestSource {
	/**
	 * The cached value of the '{@link #getArguments() <em>Arguments</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArguments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> arguments;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TestSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuestlabPackage.Literals.TEST_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getArguments() {
		if (arguments == null) {
			arguments = new EDataTypeUniqueEList<String>(String.class, this, GuestlabPackage.TEST_SOURCE__ARGUMENTS);
		}
		return arguments;
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.TEST_SOURCE__TIMEOUT_INSTRUCTIONS, oldTimeoutInstructions, timeoutInstructions, !oldTimeoutInstructionsESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, GuestlabPackage.TEST_SOURCE__TIMEOUT_INSTRUCTIONS, oldTimeoutInstructions, TIMEOUT_INSTRUCTIONS_EDEFAULT, oldTimeoutInstructionsESet));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.TEST_SOURCE__TIMEOUT_SECONDS, oldTimeoutSeconds, timeoutSeconds, !oldTimeoutSecondsESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, GuestlabPackage.TEST_SOURCE__TIMEOUT_SECONDS, oldTimeoutSeconds, TIMEOUT_SECONDS_EDEFAULT, oldTimeoutSecondsESet));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, GuestlabPackage.TEST_SOURCE__RESULT, oldResult, newResult);
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
				msgs = ((InternalEObject)result).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - GuestlabPackage.TEST_SOURCE__RESULT, null, msgs);
			if (newResult != null)
				msgs = ((InternalEObject)newResult).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - GuestlabPackage.TEST_SOURCE__RESULT, null, msgs);
			msgs = basicSetResult(newResult, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.TEST_SOURCE__RESULT, newResult, newResult));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GuestlabPackage.TEST_SOURCE__RESULT:
				return basicSetResult(null, msgs);
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
			case GuestlabPackage.TEST_SOURCE__ARGUMENTS:
				return getArguments();
			case GuestlabPackage.TEST_SOURCE__TIMEOUT_INSTRUCTIONS:
				return getTimeoutInstructions();
			case GuestlabPackage.TEST_SOURCE__TIMEOUT_SECONDS:
				return getTimeoutSeconds();
			case GuestlabPackage.TEST_SOURCE__RESULT:
				return getResult();
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
			case GuestlabPackage.TEST_SOURCE__ARGUMENTS:
				getArguments().clear();
				getArguments().addAll((Collection<? extends String>)newValue);
				return;
			case GuestlabPackage.TEST_SOURCE__TIMEOUT_INSTRUCTIONS:
				setTimeoutInstructions((Long)newValue);
				return;
			case GuestlabPackage.TEST_SOURCE__TIMEOUT_SECONDS:
				setTimeoutSeconds((Double)newValue);
				return;
			case GuestlabPackage.TEST_SOURCE__RESULT:
				setResult((ResultCheck)newValue);
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
			case GuestlabPackage.TEST_SOURCE__ARGUMENTS:
				getArguments().clear();
				return;
			case GuestlabPackage.TEST_SOURCE__TIMEOUT_INSTRUCTIONS:
				unsetTimeoutInstructions();
				return;
			case GuestlabPackage.TEST_SOURCE__TIMEOUT_SECONDS:
				unsetTimeoutSeconds();
				return;
			case GuestlabPackage.TEST_SOURCE__RESULT:
				setResult((ResultCheck)null);
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
			case GuestlabPackage.TEST_SOURCE__ARGUMENTS:
				return arguments != null && !arguments.isEmpty();
			case GuestlabPackage.TEST_SOURCE__TIMEOUT_INSTRUCTIONS:
				return isSetTimeoutInstructions();
			case GuestlabPackage.TEST_SOURCE__TIMEOUT_SECONDS:
				return isSetTimeoutSeconds();
			case GuestlabPackage.TEST_SOURCE__RESULT:
				return result != null;
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
		result.append(" (arguments: ");
		result.append(arguments);
		result.append(", timeoutInstructions: ");
		if (timeoutInstructionsESet) result.append(timeoutInstructions); else result.append("<unset>");
		result.append(", timeoutSeconds: ");
		if (timeoutSecondsESet) result.append(timeoutSeconds); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //TestSourceImpl
