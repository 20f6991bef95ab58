/**
 */
package io.guestlab.model.impl;

import io.guestlab.model.DiscardMode;
import io.guestlab.model.Disk;
import io.guestlab.model.DiskMode;
import io.guestlab.model.GuestlabPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Disk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.impl.DiskImpl#getImage <em>Image</em>}</li>
 *   <li>{@link io.guestlab.model.impl.DiskImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link io.guestlab.model.impl.DiskImpl#getBus <em>Bus</em>}</li>
 *   <li>{@link io.guestlab.model.impl.DiskImpl#getSerial <em>Serial</em>}</li>
 *   <li>{@link io.guestlab.model.impl.DiskImpl#getDiscard <em>Discard</em>}</li>
 *   <li>{@link io.guestlab.model.impl.DiskImpl#isWriteCache <em>Write Cache</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiskImpl extends DeviceImpl implements Disk {
	/**
	 * The default value of the '{@link #getImage() <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImage() <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected String image = IMAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final DiskMode MODE_EDEFAULT = DiskMode.COPY_ON_WRITE;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected DiskMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBus() <em>Bus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBus()
	 * @generated
	 * @ordered
	 */
	protected static final int BUS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBus() <em>Bus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBus()
	 * @generated
	 * @ordered
	 */
	protected int bus = BUS_EDEFAULT;

	/**
	 * This is true if the Bus attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean busESet;

	/**
	 * The default value of the '{@link #getSerial() <em>Serial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerial()
	 * @generated
	 * @ordered
	 */
	protected static final String SERIAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSerial() <em>Serial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerial()
	 * @generated
	 * @ordered
	 */
	protected String serial = SERIAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiscard() <em>Discard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscard()
	 * @generated
	 * @ordered
	 */
	protected static final DiscardMode DISCARD_EDEFAULT = DiscardMode.IGNORE;

	/**
	 * The cached value of the '{@link #getDiscard() <em>Discard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscard()
	 * @generated
	 * @ordered
	 */
	protected DiscardMode discard = DISCARD_EDEFAULT;

	/**
	 * The default value of the '{@link #isWriteCache() <em>Write Cache</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWriteCache()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WRITE_CACHE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isWriteCache() <em>Write Cache</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWriteCache()
	 * @generated
	 * @ordered
	 */
	protected boolean writeCache = WRITE_CACHE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuestlabPackage.Literals.DISK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImage() {
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImage(String newImage) {
		String oldImage = image;
		image = newImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.DISK__IMAGE, oldImage, image));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiskMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(DiskMode newMode) {
		DiskMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.DISK__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBus() {
		return bus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBus(int newBus) {
		int oldBus = bus;
		bus = newBus;
		boolean oldBusESet = busESet;
		busESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.DISK__BUS, oldBus, bus, !oldBusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBus() {
		int oldBus = bus;
		boolean oldBusESet = busESet;
		bus = BUS_EDEFAULT;
		busESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, GuestlabPackage.DISK__BUS, oldBus, BUS_EDEFAULT, oldBusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBus() {
		return busESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSerial() {
		return serial;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSerial(String newSerial) {
		String oldSerial = serial;
		serial = newSerial;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.DISK__SERIAL, oldSerial, serial));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiscardMode getDiscard() {
		return discard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscard(DiscardMode newDiscard) {
		DiscardMode oldDiscard = discard;
		discard = newDiscard == null ? DISCARD_EDEFAULT : newDiscard;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.DISK__DISCARD, oldDiscard, discard));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWriteCache() {
		return writeCache;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWriteCache(boolean newWriteCache) {
		boolean oldWriteCache = writeCache;
		writeCache = newWriteCache;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GuestlabPackage.DISK__WRITE_CACHE, oldWriteCache, writeCache));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuestlabPackage.DISK__IMAGE:
				return getImage();
			case GuestlabPackage.DISK__MODE:
				return getMode();
			case GuestlabPackage.DISK__BUS:
				return getBus();
			case GuestlabPackage.DISK__SERIAL:
				return getSerial();
			case GuestlabPackage.DISK__DISCARD:
				return getDiscard();
			case GuestlabPackage.DISK__WRITE_CACHE:
				return isWriteCache();
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
			case GuestlabPackage.DISK__IMAGE:
				setImage((String)newValue);
				return;
			case GuestlabPackage.DISK__MODE:
				setMode((DiskMode)newValue);
				return;
			case GuestlabPackage.DISK__BUS:
				setBus((Integer)newValue);
				return;
			case GuestlabPackage.DISK__SERIAL:
				setSerial((String)newValue);
				return;
			case GuestlabPackage.DISK__DISCARD:
				setDiscard((DiscardMode)newValue);
				return;
			case GuestlabPackage.DISK__WRITE_CACHE:
				setWriteCache((Boolean)newValue);
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
			case GuestlabPackage.DISK__IMAGE:
				setImage(IMAGE_EDEFAULT);
				return;
			case GuestlabPackage.DISK__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case GuestlabPackage.DISK__BUS:
				unsetBus();
				return;
			case GuestlabPackage.DISK__SERIAL:
				setSerial(SERIAL_EDEFAULT);
				return;
			case GuestlabPackage.DISK__DISCARD:
				setDiscard(DISCARD_EDEFAULT);
				return;
			case GuestlabPackage.DISK__WRITE_CACHE:
				setWriteCache(WRITE_CACHE_EDEFAULT);
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
			case GuestlabPackage.DISK__IMAGE:
				return IMAGE_EDEFAULT == null ? image != null : !IMAGE_EDEFAULT.equals(image);
			case GuestlabPackage.DISK__MODE:
				return mode != MODE_EDEFAULT;
			case GuestlabPackage.DISK__BUS:
				return isSetBus();
			case GuestlabPackage.DISK__SERIAL:
				return SERIAL_EDEFAULT == null ? serial != null : !SERIAL_EDEFAULT.equals(serial);
			case GuestlabPackage.DISK__DISCARD:
				return discard != DISCARD_EDEFAULT;
			case GuestlabPackage.DISK__WRITE_CACHE:
				return writeCache != WRITE_CACHE_EDEFAULT;
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
		result.append(" (image: ");
		result.append(image);
		result.append(", mode: ");
		result.append(mode);
		result.append(", bus: ");
		if (busESet) result.append(bus); else result.append("<unset>");
		result.append(", serial: ");
		result.append(serial);
		result.append(", discard: ");
		result.append(discard);
		result.append(", writeCache: ");
		result.append(writeCache);
		result.append(')');
		return result.toString();
	}

} //DiskImpl
