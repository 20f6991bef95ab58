/**
 */
package io.guestlab.model.impl;

import io.guestlab.model.DeviceTree;
import io.guestlab.model.DeviceTreeProperty;
import io.guestlab.model.GuestlabPackage;

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
 * An implementation of the model object '<em><b>Device Tree</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.impl.DeviceTreeImpl#getDtb <em>Dtb</em>}</li>
 *   <li>{@link io.guestlab.model.impl.DeviceTreeImpl#getProperties <em>Properties</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeviceTreeImpl extends MinimalEObjectImpl.Container implements DeviceTree {
	/**
	 * The default value of the '{@link #getDtb() <em>Dtb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDtb()
	 * @generated
	 * @ordered
	 */
	protected static final String DTB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDtb() <em>Dtb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDtb()
	 * @generated
	 * @ordered
	 */
	protected String dtb = DTB_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProperties() <em>Properties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<DeviceTreeProperty> properties;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeviceTreeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuestlabPackage.Literals.DEVICE_TREE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDtb() {
		return dtb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDtb(String newDtb) {
		String oldDtb = dtb;
		dtb = newDtb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.DEVICE_TREE__DTB, oldDtb, dtb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeviceTreeProperty> getProperties() {
		if (properties == null) {
			properties = new EObjectContainmentEList<DeviceTreeProperty>(DeviceTreeProperty.class, this, GuestlabPackage.DEVICE_TREE__PROPERTIES);
		}
		return properties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GuestlabPackage.DEVICE_TREE__PROPERTIES:
				return ((InternalEList<?>)getProperties()).basicRemove(otherEnd, msgs);
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
			case GuestlabPackage.DEVICE_TREE__DTB:
				return getDtb();
			case GuestlabPackage.DEVICE_TREE__PROPERTIES:
				return getProperties();
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
			case GuestlabPackage.DEVICE_TREE__DTB:
				setDtb((String)newValue);
				return;
			case GuestlabPackage.DEVICE_TREE__PROPERTIES:
				getProperties().clear();
				getProperties().addAll((Collection<? extends DeviceTreeProperty>)newValue);
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
			case GuestlabPackage.DEVICE_TREE__DTB:
				setDtb(DTB_EDEFAULT);
				return;
			case GuestlabPackage.DEVICE_TREE__PROPERTIES:
				getProperties().clear();
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
			case GuestlabPackage.DEVICE_TREE__DTB:
				return DTB_EDEFAULT == null ? dtb != null : !DTB_EDEFAULT.equals(dtb);
			case GuestlabPackage.DEVICE_TREE__PROPERTIES:
				return properties != null && !properties.isEmpty();
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
		result.append(" (dtb: ");
		result.append(dtb);
		result.append(')');
		return result.toString();
	}

} //DeviceTreeImpl
