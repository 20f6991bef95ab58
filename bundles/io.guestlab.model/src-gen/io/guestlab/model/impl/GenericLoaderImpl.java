/**
 */
package io.guestlab.model.impl;

import io.guestlab.model.GenericLoader;
import io.guestlab.model.GuestlabPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Generic Loader</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.impl.GenericLoaderImpl#getFile <em>File</em>}</li>
 *   <li>{@link io.guestlab.model.impl.GenericLoaderImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link io.guestlab.model.impl.GenericLoaderImpl#getData <em>Data</em>}</li>
 *   <li>{@link io.guestlab.model.impl.GenericLoaderImpl#getDataLength <em>Data Length</em>}</li>
 *   <li>{@link io.guestlab.model.impl.GenericLoaderImpl#isBigEndian <em>Big Endian</em>}</li>
 *   <li>{@link io.guestlab.model.impl.GenericLoaderImpl#isForceRaw <em>Force Raw</em>}</li>
 *   <li>{@link io.guestlab.model.impl.GenericLoaderImpl#getHart <em>Hart</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GenericLoaderImpl extends DeviceImpl implements GenericLoader {
	/**
	 * The default value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected String file = FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getData() <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getData()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getData() <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getData()
	 * @generated
	 * @ordered
	 */
	protected String data = DATA_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataLength() <em>Data Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataLength()
	 * @generated
	 * @ordered
	 */
	protected static final int DATA_LENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDataLength() <em>Data Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataLength()
	 * @generated
	 * @ordered
	 */
	protected int dataLength = DATA_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #isBigEndian() <em>Big Endian</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBigEndian()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BIG_ENDIAN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBigEndian() <em>Big Endian</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBigEndian()
	 * @generated
	 * @ordered
	 */
	protected boolean bigEndian = BIG_ENDIAN_EDEFAULT;

	/**
	 * The default value of the '{@link #isForceRaw() <em>Force Raw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isForceRaw()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FORCE_RAW_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isForceRaw() <em>Force Raw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isForceRaw()
	 * @generated
	 * @ordered
	 */
	protected boolean forceRaw = FORCE_RAW_EDEFAULT;

	/**
	 * The default value of the '{@link #getHart() <em>Hart</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHart()
	 * @generated
	 * @ordered
	 */
	protected static final int HART_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getHart() <em>Hart</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHart()
	 * @generated
	 * @ordered
	 */
	protected int hart = HART_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GenericLoaderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuestlabPackage.Literals.GENERIC_LOADER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(String newFile) {
		String oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.GENERIC_LOADER__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.GENERIC_LOADER__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getData() {
		return data;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setData(String newData) {
		String oldData = data;
		data = newData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.GENERIC_LOADER__DATA, oldData, data));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDataLength() {
		return dataLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataLength(int newDataLength) {
		int oldDataLength = dataLength;
		dataLength = newDataLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.GENERIC_LOADER__DATA_LENGTH, oldDataLength, dataLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBigEndian() {
		return bigEndian;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBigEndian(boolean newBigEndian) {
		boolean oldBigEndian = bigEndian;
		bigEndian = newBigEndian;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.GENERIC_LOADER__BIG_ENDIAN, oldBigEndian, bigEndian));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isForceRaw() {
		return forceRaw;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForceRaw(boolean newForceRaw) {
		boolean oldForceRaw = forceRaw;
		forceRaw = newForceRaw;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.GENERIC_LOADER__FORCE_RAW, oldForceRaw, forceRaw));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHart() {
		return hart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHart(int newHart) {
		int oldHart = hart;
		hart = newHart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.GENERIC_LOADER__HART, oldHart, hart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuestlabPackage.GENERIC_LOADER__FILE:
				return getFile();
			case GuestlabPackage.GENERIC_LOADER__ADDRESS:
				return getAddress();
			case GuestlabPackage.GENERIC_LOADER__DATA:
				return getData();
			case GuestlabPackage.GENERIC_LOADER__DATA_LENGTH:
				return getDataLength();
			case GuestlabPackage.GENERIC_LOADER__BIG_ENDIAN:
				return isBigEndian();
			case GuestlabPackage.GENERIC_LOADER__FORCE_RAW:
				return isForceRaw();
			case GuestlabPackage.GENERIC_LOADER__HART:
				return getHart();
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
			case GuestlabPackage.GENERIC_LOADER__FILE:
				setFile((String)newValue);
				return;
			case GuestlabPackage.GENERIC_LOADER__ADDRESS:
				setAddress((String)newValue);
				return;
			case GuestlabPackage.GENERIC_LOADER__DATA:
				setData((String)newValue);
				return;
			case GuestlabPackage.GENERIC_LOADER__DATA_LENGTH:
				setDataLength((Integer)newValue);
				return;
			case GuestlabPackage.GENERIC_LOADER__BIG_ENDIAN:
				setBigEndian((Boolean)newValue);
				return;
			case GuestlabPackage.GENERIC_LOADER__FORCE_RAW:
				setForceRaw((Boolean)newValue);
				return;
			case GuestlabPackage.GENERIC_LOADER__HART:
				setHart((Integer)newValue);
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
			case GuestlabPackage.GENERIC_LOADER__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case GuestlabPackage.GENERIC_LOADER__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case GuestlabPackage.GENERIC_LOADER__DATA:
				setData(DATA_EDEFAULT);
				return;
			case GuestlabPackage.GENERIC_LOADER__DATA_LENGTH:
				setDataLength(DATA_LENGTH_EDEFAULT);
				return;
			case GuestlabPackage.GENERIC_LOADER__BIG_ENDIAN:
				setBigEndian(BIG_ENDIAN_EDEFAULT);
				return;
			case GuestlabPackage.GENERIC_LOADER__FORCE_RAW:
				setForceRaw(FORCE_RAW_EDEFAULT);
				return;
			case GuestlabPackage.GENERIC_LOADER__HART:
				setHart(HART_EDEFAULT);
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
			case GuestlabPackage.GENERIC_LOADER__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case GuestlabPackage.GENERIC_LOADER__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case GuestlabPackage.GENERIC_LOADER__DATA:
				return DATA_EDEFAULT == null ? data != null : !DATA_EDEFAULT.equals(data);
			case GuestlabPackage.GENERIC_LOADER__DATA_LENGTH:
				return dataLength != DATA_LENGTH_EDEFAULT;
			case GuestlabPackage.GENERIC_LOADER__BIG_ENDIAN:
				return bigEndian != BIG_ENDIAN_EDEFAULT;
			case GuestlabPackage.GENERIC_LOADER__FORCE_RAW:
				return forceRaw != FORCE_RAW_EDEFAULT;
			case GuestlabPackage.GENERIC_LOADER__HART:
				return hart != HART_EDEFAULT;
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
		result.append(" (file: ");
		result.append(file);
		result.append(", address: ");
		result.append(address);
		result.append(", data: ");
		result.append(data);
		result.append(", dataLength: ");
		result.append(dataLength);
		result.append(", bigEndian: ");
		result.append(bigEndian);
		result.append(", forceRaw: ");
		result.append(forceRaw);
		result.append(", hart: ");
		result.append(hart);
		result.append(')');
		return result.toString();
	}

} //GenericLoaderImpl
