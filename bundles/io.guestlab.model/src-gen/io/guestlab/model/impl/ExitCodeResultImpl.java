/**
 */
package io.guestlab.model.impl;

import io.guestlab.model.ExitChannel;
import io.guestlab.model.ExitCodeResult;
import io.guestlab.model.GuestlabPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Exit Code Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.impl.ExitCodeResultImpl#getVia <em>Via</em>}</li>
 *   <li>{@link io.guestlab.model.impl.ExitCodeResultImpl#getExpected <em>Expected</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExitCodeResultImpl extends ResultCheckImpl implements ExitCodeResult {
	/**
	 * The default value of the '{@link #getVia() <em>Via</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVia()
	 * @generated
	 * @ordered
	 */
	protected static final ExitChannel VIA_EDEFAULT = ExitChannel.HTIF;

	/**
	 * The cached value of the '{@link #getVia() <em>Via</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVia()
	 * @generated
	 * @ordered
	 */
	protected ExitChannel via = VIA_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpected() <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpected()
	 * @generated
	 * @ordered
	 */
	protected static final int EXPECTED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getExpected() <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpected()
	 * @generated
	 * @ordered
	 */
	protected int expected = EXPECTED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExitCodeResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuestlabPackage.Literals.EXIT_CODE_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExitChannel getVia() {
		return via;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVia(ExitChannel newVia) {
		ExitChannel oldVia = via;
		via = newVia == null ? VIA_EDEFAULT : newVia;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.EXIT_CODE_RESULT__VIA, oldVia, via));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExpected() {
		return expected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpected(int newExpected) {
		int oldExpected = expected;
		expected = newExpected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.EXIT_CODE_RESULT__EXPECTED, oldExpected, expected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuestlabPackage.EXIT_CODE_RESULT__VIA:
				return getVia();
			case GuestlabPackage.EXIT_CODE_RESULT__EXPECTED:
				return getExpected();
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
			case GuestlabPackage.EXIT_CODE_RESULT__VIA:
				setVia((ExitChannel)newValue);
				return;
			case GuestlabPackage.EXIT_CODE_RESULT__EXPECTED:
				setExpected((Integer)newValue);
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
			case GuestlabPackage.EXIT_CODE_RESULT__VIA:
				setVia(VIA_EDEFAULT);
				return;
			case GuestlabPackage.EXIT_CODE_RESULT__EXPECTED:
				setExpected(EXPECTED_EDEFAULT);
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
			case GuestlabPackage.EXIT_CODE_RESULT__VIA:
				return via != VIA_EDEFAULT;
			case GuestlabPackage.EXIT_CODE_RESULT__EXPECTED:
				return expected != EXPECTED_EDEFAULT;
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
		result.append(" (via: ");
		result.append(via);
		result.append(", expected: ");
		result.append(expected);
		result.append(')');
		return result.toString();
	}

} //ExitCodeResultImpl
